using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Cli.Inputs;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Cli.KyvernoTests;

/// <summary>One mapping document of a YAML/JSON file as JSON, with a way to find a field's line.</summary>
/// <param name="Object">The document.</param>
/// <param name="File">The file.</param>
/// <param name="Line">The line where the document starts.</param>
/// <param name="Root">The parsed tree, for field lines.</param>
internal sealed record YamlObject(JsonObject Object, string File, int Line, DocNode Root)
{
    public int LineOf(string path) => DocLocator.Line(Root, path);
}

/// <summary>Reads the mapping documents of a file; unreadable documents become problem lines.</summary>
internal static class YamlObjects
{
    public static List<YamlObject> Read(string file, List<string> problems)
    {
        var objects = new List<YamlObject>();
        foreach (var parsed in ManifestDocuments.Read(file))
        {
            if (parsed.Problem is { } problem)
            {
                problems.Add(problem.Message);
                continue;
            }

            if (parsed.Node is { } node && DocJson.ToNode(node) is JsonObject obj)
            {
                objects.Add(new YamlObject(obj, file, node.Line, node));
            }
        }

        return objects;
    }
}
