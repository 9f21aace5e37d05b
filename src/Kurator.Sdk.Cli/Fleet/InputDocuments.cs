using System;
using System.Collections.Generic;
using System.IO;
using Kurator.Sdk.Cli.Inputs;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Cli.Fleet;

/// <summary>
/// The parsed documents of the <c>-f</c> arguments, in input order (arguments in order, folders sorted, documents in file
/// order). Parsing comes before reading them as objects because a custom resource may come before the CRD that defines it.
/// </summary>
internal sealed class InputDocuments
{
    /// <summary>The name <c>-f -</c> reads from (standard input).</summary>
    public const string StdinName = "-";

    public List<(string File, DocNode Doc)> Documents { get; } = [];

    public List<InputProblem> Problems { get; } = [];

    /// <summary>How many files (and standard input) were read.</summary>
    public int Files { get; private set; }

    public static InputDocuments Parse(IEnumerable<string> paths, TextReader stdin)
    {
        var inputs = new InputDocuments();
        foreach (var path in paths)
        {
            if (path == StdinName)
            {
                var text = stdin.ReadToEnd();
                inputs.Add(text, "<stdin>", text.TrimStart().StartsWith('{'));
                continue;
            }

            foreach (var file in InputFiles.Expand([path], missing => inputs.Problems.Add(new InputProblem(missing, 0, $"{missing}: no such file or folder"))))
            {
                string text;
                try
                {
                    text = File.ReadAllText(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    inputs.Problems.Add(new InputProblem(file, 0, $"{file}: cannot be read: {e.Message}"));
                    continue;
                }

                inputs.Add(text, file, Path.GetExtension(file).Equals(".json", StringComparison.OrdinalIgnoreCase));
            }
        }

        return inputs;
    }

    private void Add(string text, string file, bool json)
    {
        Files++;
        if (!json)
        {
            // Each YAML document on its own: one that cannot be parsed is reported and the later ones are still read.
            foreach (var parsed in YamlDocReader.Read(new StringReader(text), file))
            {
                if (parsed.Problem is { } e)
                {
                    Problems.Add(InputProblem.At(e.File, e.Line, "", e.Reason));
                }
                else
                {
                    Documents.Add((file, parsed.Node!));
                }
            }

            return;
        }

        try
        {
            Documents.Add((file, JsonDocReader.Parse(text, file)));
        }
        catch (DocParseException e)
        {
            Problems.Add(InputProblem.At(e.File, e.Line, "", e.Reason));
        }
    }
}
