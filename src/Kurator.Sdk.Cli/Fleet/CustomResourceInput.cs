using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Cli.Fleet;

/// <summary>
/// A custom resource whose kind no shipped schema knows but a CRD among the inputs defines. Its identity is checked here
/// (served version, name, scope; the parser already refused duplicate keys); its body is validated by the server against the CRD's schema.
/// </summary>
internal static class CustomResourceInput
{
    public static JsonObject? Read(string file, DocMapping doc, string apiVersion, string kind, IReadOnlyList<string> served, bool namespaced, List<InputProblem> problems)
    {
        var before = problems.Count;
        var version = apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion[(apiVersion.IndexOf('/', StringComparison.Ordinal) + 1)..] : apiVersion;
        if (!served.Contains(version, StringComparer.Ordinal))
        {
            problems.Add(InputProblem.At(file, doc.Get("apiVersion")!.Line, "apiVersion", $"the CRD in the inputs does not serve {kind} as {apiVersion} (served: {string.Join(", ", served)})"));
        }

        var metadata = doc.Get("metadata") as DocMapping;
        if (metadata?.Get("name") is not DocScalar { Value.Length: > 0 })
        {
            problems.Add(InputProblem.At(file, metadata?.Line ?? doc.Line, "metadata.name", "Required value"));
        }

        if (!namespaced && metadata?.Get("namespace") is DocScalar { Value.Length: > 0 } ns)
        {
            problems.Add(InputProblem.At(file, ns.Line, "metadata.namespace", $"{kind} is cluster-scoped (its CRD says scope: Cluster)"));
        }

        return problems.Count == before ? DocJson.ToNode(doc) as JsonObject : null;
    }
}
