using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.PolicyParity.Yaml;

namespace Kurator.Sdk.PolicyParity.Psa;

/// <summary>
/// Tells whether a fail/ fixture changed a field relative to its folder's minimal valid pod (<c>pass/base.yaml</c>).
/// A second check that fires on such a field is a genuine second violation the fixture carries (PSA reports it too),
/// not a false positive: e.g. the API server requires <c>hostNetwork</c> for HostProcess pods.
/// </summary>
internal static class FixtureChanges
{
    public static bool Changed(string fixturePath, JsonObject fixture, string violationPath)
    {
        var basePath = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(fixturePath))!, "pass", "base.yaml");
        if (!File.Exists(basePath) || YamlJsonLoader.LoadFile(basePath).FirstOrDefault()?.Root is not JsonObject basePod)
        {
            return false;
        }

        return !JsonNode.DeepEquals(At(fixture, violationPath), At(basePod, violationPath));
    }

    private static JsonNode? At(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var segment in FieldPath.Split(path))
        {
            node = segment is int i ? (node is JsonArray a && i < a.Count ? a[i] : null) : (node as JsonObject)?[(string)segment];
        }

        return node;
    }
}
