using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Fleet.Check;

/// <summary>
/// Reads a rendered object (JSON, after overrides) back through its generated type and validates it, as the API server
/// would: what cannot be read or is invalid is a problem (<c>path: message</c>), so check cannot pass what it cannot read.
/// </summary>
internal static class ReadBack
{
    public static IReadOnlyList<string> Problems(JsonObject obj, string name)
    {
        var loaded = KubeJson.Load(obj.ToJsonString(), name, loose: false, KubeTypeRegistry.Default);
        var problems = loaded.Errors.Select(e => e.Path.Length == 0 ? e.Message : $"{e.Path}: {e.Message}").ToList();
        foreach (var read in loaded.Objects.Concat(loaded.Partial))
        {
            problems.AddRange(read.Resource.Validate().Select(e => e.ToString()));
        }

        return problems;
    }
}
