using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Schema.Import;

namespace Kurator.Sdk.Cli.Commands;

/// <summary><c>kurator-sdk import-crds &lt;dir&gt;... [--out schemas]</c>: writes normalized schema files.</summary>
public static class ImportCrdsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var dirs = new Argument<string[]>("dirs") { Description = "Folders holding upstream CRD YAML and Kubernetes OpenAPI v3 JSON", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "The schemas folder to write", DefaultValueFactory = _ => "schemas" };
        var command = new Command("import-crds", "Import upstream CRDs and OpenAPI documents into normalized schema files (facts only, no prose)");
        command.Arguments.Add(dirs);
        command.Options.Add(output);
        command.SetAction(result =>
        {
            try
            {
                var files = SchemaImporter.Import(result.GetValue(dirs)!, result.GetValue(output)!);
                foreach (var family in files.GroupBy(f => f.Family).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    Console.WriteLine($"{family.Key}: {family.Count()} files");
                    foreach (var f in family)
                    {
                        Console.WriteLine($"  {f.RelativePath}  {f.Description}{(f.ProjectVersion != null ? "  [" + f.ProjectVersion + "]" : string.Empty)}");
                    }
                }

                return ExitCodes.Success;
            }
            catch (Exception ex) when (ex is DocParseException || ex is IOException)
            {
                Console.Error.WriteLine(ex.Message);
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
