using System;
using System.CommandLine;
using System.Linq;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Cli.Schemas;
using Kurator.Sdk.Schema.Model;

namespace Kurator.Sdk.Cli.Commands;

/// <summary><c>kurator-sdk schema-stats [schemas]</c>: what the generator makes of each family (classes, enums, core reuse).</summary>
public static class SchemaStatsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var dir = new Argument<string>("schemas") { Description = "The normalized schemas folder", DefaultValueFactory = _ => "schemas" };
        var command = new Command("schema-stats", "Show per family how many kinds, classes and enums the generator emits and how many CRD sub-schemas reuse core types");
        var verbose = new Option<bool>("--mappings") { Description = "List every CRD path mapped to a core type" };
        command.Arguments.Add(dir);
        command.Options.Add(verbose);
        command.SetAction(result =>
        {
            var folder = SchemaFolder.Load(result.GetValue(dir)!);
            var core = folder.CoreIndex();
            Console.WriteLine("family         kinds  versions  classes  enums  core-mapped");
            int tk = 0, tv = 0, tc = 0, te = 0, tm = 0;
            foreach (var family in folder.Crds.GroupBy(c => c.Crd.Family).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                int k = 0, v = 0, c = 0, e = 0, m = 0;
                foreach (var (file, crd) in family)
                {
                    var unit = UnitBuilder.BuildCrd(crd, file, SchemaFolder.FamilyNamespace(crd.Family), core);
                    k++;
                    v += crd.Versions.Count(x => x.Served);
                    c += unit.Objects.Count;
                    e += unit.Enums.Count;
                    m += unit.CoreMapped;
                    if (result.GetValue(verbose))
                    {
                        foreach (var line in unit.CoreMappings)
                        {
                            Console.WriteLine("  " + line);
                        }
                    }
                }

                Console.WriteLine($"{family.Key,-14} {k,5}  {v,8}  {c,7}  {e,5}  {m,11}");
                tk += k; tv += v; tc += c; te += e; tm += m;
            }

            int dc = 0, de = 0, dk = 0;
            foreach (var (file, defs) in folder.Definitions)
            {
                var unit = UnitBuilder.BuildDefinitions(defs, file);
                dc += unit.Objects.Count;
                de += unit.Enums.Count;
                dk += unit.Objects.Count(o => o.Kind != null);
            }

            Console.WriteLine($"{"kubernetes",-14} {dk,5}  {"-",8}  {dc,7}  {de,5}  {"-",11}");
            Console.WriteLine($"{"all CRDs",-14} {tk,5}  {tv,8}  {tc,7}  {te,5}  {tm,11}");
            return ExitCodes.Success;
        });
        return command;
    }
}
