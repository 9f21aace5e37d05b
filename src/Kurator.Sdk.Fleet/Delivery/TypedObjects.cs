using System;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>
/// Every object a target renders goes through its generated type: read strictly into its generated class (an unknown
/// field is an error) and validated against the shipped schema, so a rendering bug fails synthesis instead of the cluster
/// (as an ArgumentException: the command reports it and exits with the invalid-usage code).
/// </summary>
internal static class TypedObjects
{
    public static JsonObject Check<T>(JsonObject json) where T : KubeResource
    {
        var what = $"{(string?)json["kind"]}/{(string?)json["metadata"]?["name"]}";
        T typed;
        try
        {
            typed = KubeJson.Deserialize<T>(json.ToJsonString(), what);
        }
        catch (KubeLoadException e)
        {
            throw new ArgumentException($"rendered {what} does not fit {typeof(T).FullName}: {e.Message}", e);
        }

        var errors = typed.Validate();
        if (errors.Count > 0) throw new ArgumentException($"rendered {what} is not valid: " + string.Join("; ", errors.Select(e => e.ToString())));
        return (JsonObject)KubeJson.ToNode(typed);
    }
}
