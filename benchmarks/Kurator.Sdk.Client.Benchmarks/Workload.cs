using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Client.Benchmarks;

/// <summary>The objects applied in every round: ConfigMaps with a few labels and keys, identical for the client and kubectl.</summary>
internal static class Workload
{
    public static List<JsonObject> ConfigMaps(string prefix, int count) => Enumerable.Range(0, count).Select(i => new JsonObject
    {
        ["apiVersion"] = "v1",
        ["kind"] = "ConfigMap",
        ["metadata"] = new JsonObject
        {
            ["name"] = $"{prefix}-{i:D4}",
            ["namespace"] = "default",
            ["labels"] = new JsonObject { ["app.kubernetes.io/name"] = "bench", ["round"] = prefix },
        },
        ["data"] = new JsonObject { ["index"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture), ["payload"] = new string('x', 256), ["mode"] = "benchmark" },
    }).ToList();

    /// <summary>A multi-document YAML stream (JSON documents are valid YAML) for kubectl -f.</summary>
    public static string AsYamlStream(IEnumerable<JsonObject> objects)
    {
        var sb = new StringBuilder();
        foreach (var o in objects) sb.Append("---\n").Append(o.ToJsonString()).Append('\n');
        return sb.ToString();
    }
}
