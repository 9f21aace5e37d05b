using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kurator.Sdk.Fleet.Overrides;
using Kurator.Sdk.Json;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>Turns an image change into Karmada imageOverrider entries (registry, repository and tag replaced or removed), when it can be.</summary>
internal static partial class KarmadaImages
{
    [GeneratedRegex(@"^(/spec/template/spec|/spec/jobTemplate/spec/template/spec|/spec)/(containers|initContainers)/\d+/image$")]
    private static partial Regex ImagePath();

    /// <summary>True when <paramref name="op"/> replaces a container image with a string.</summary>
    public static bool IsImageChange(JsonPatchOperation op) =>
        op.Op == "replace" && ImagePath().IsMatch(op.Path) && op.Value is JsonValue v && v.TryGetValue<string>(out _);

    /// <summary>
    /// The imageOverrider entries turning <paramref name="from"/> into <paramref name="to"/>, or null when the change is
    /// not expressible by components (both a tag and a digest on one side).
    /// </summary>
    public static IReadOnlyList<JsonObject>? Overriders(string path, string from, string to)
    {
        var a = ImageReference.Parse(from);
        var b = ImageReference.Parse(to);
        if ((a.Tag.Length > 0 && a.Digest.Length > 0) || (b.Tag.Length > 0 && b.Digest.Length > 0)) return null;
        if (b.Repository.Length == 0) return null;
        var result = new List<JsonObject>();
        Component(result, path, "Registry", a.Registry, b.Registry);
        Component(result, path, "Repository", a.Repository, b.Repository);
        Component(result, path, "Tag", a.TagOrDigest, b.TagOrDigest);
        return result.Count > 0 ? result : null;
    }

    private static void Component(List<JsonObject> result, string path, string component, string from, string to)
    {
        if (from == to) return;
        var entry = new JsonObject { ["component"] = component, ["operator"] = to.Length == 0 ? "remove" : "replace", ["predicate"] = new JsonObject { ["path"] = path } };
        if (to.Length > 0) entry["value"] = to;
        result.Add(entry);
    }

    /// <summary>The image at <paramref name="path"/> of <paramref name="obj"/>, or null.</summary>
    public static string? ImageAt(JsonObject obj, string path)
    {
        JsonNode? node = obj;
        foreach (var token in JsonPointer.Parse(path))
        {
            node = node switch
            {
                JsonArray a => int.TryParse(token, out var i) && i >= 0 && i < a.Count ? a[i] : null,
                JsonObject o => o[token],
                _ => null,
            };
        }

        return node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
    }

    /// <summary>True when no path in <paramref name="others"/> equals <paramref name="path"/> or contains it.</summary>
    public static bool Untouched(string path, IEnumerable<string> others) => !others.Any(o => o == path || path.StartsWith(o + "/", System.StringComparison.Ordinal));
}
