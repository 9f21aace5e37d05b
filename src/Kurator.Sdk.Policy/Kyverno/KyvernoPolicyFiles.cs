using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Policy.Kyverno;

/// <summary>
/// Reads Kyverno policies from YAML/JSON files and folders (<c>--policy</c>): every document must be a
/// <c>kyverno.io</c> <c>ClusterPolicy</c> or <c>Policy</c>. Anything else given as a policy is a problem, never silently
/// ignored (fail closed: a policy the user meant to apply but that is not read would otherwise pass everything).
/// </summary>
public static class KyvernoPolicyFiles
{
    /// <summary>The policy documents of <paramref name="paths"/>, in file order, and the problems as <c>file:line: message</c>.</summary>
    public static (List<KyvernoPolicySource> Sources, List<string> Problems) Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sources = new List<KyvernoPolicySource>();
        var problems = new List<string>();
        foreach (var file in InputFiles.Expand(paths, missing => problems.Add($"{missing}: no such policy file or folder")))
        {
            try
            {
                foreach (var parsed in ManifestDocuments.Read(file))
                {
                    if (parsed.Problem is { } problem)
                    {
                        problems.Add(problem.Message);
                    }
                    else if (parsed.Node is { } node)
                    {
                        if (DocJson.ToNode(node) is JsonObject obj && IsPolicy(obj))
                        {
                            sources.Add(new KyvernoPolicySource(obj, file, node.Line, path => DocLocator.Line(node, path)));
                        }
                        else
                        {
                            problems.Add($"{file}:{node.Line}: not a Kyverno ClusterPolicy or Policy (kyverno.io)");
                        }
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{file}: cannot be read: {e.Message}");
            }
        }

        return (sources, problems);
    }

    /// <summary>True for a <c>kyverno.io</c> <c>ClusterPolicy</c> or <c>Policy</c> document.</summary>
    public static bool IsPolicy(JsonObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return obj["kind"] is JsonValue kind && kind.TryGetValue<string>(out var k) && k is "ClusterPolicy" or "Policy"
            && obj["apiVersion"] is JsonValue version && version.TryGetValue<string>(out var v) && v.StartsWith("kyverno.io/", StringComparison.Ordinal);
    }
}
