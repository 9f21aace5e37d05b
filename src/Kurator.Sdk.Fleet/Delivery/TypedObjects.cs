using System;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>
/// Every object a target renders goes through its generated type: read strictly into its generated class (an unknown
/// field is an error) and validated against the shipped schema, so a rendering bug fails synthesis instead of the cluster
/// (as an ArgumentException: the command reports it and exits with the invalid-usage code). The class is found by
/// apiVersion and kind in the type registry, its family loaded by name first (<see cref="DeliveryFamily"/>).
/// </summary>
internal static class TypedObjects
{
    public static JsonObject Check(JsonObject json, DeliveryFamily family)
    {
        var apiVersion = (string?)json["apiVersion"] ?? string.Empty;
        var kind = (string?)json["kind"] ?? string.Empty;
        var what = $"{kind}/{(string?)json["metadata"]?["name"]}";
        var info = family.Kind(apiVersion, kind);
        var loaded = KubeJson.Load(json.ToJsonString(), what);
        if (!loaded.Success || loaded.Objects.Count != 1 || loaded.Objects[0].Resource.GetType() != info.ClrType)
        {
            var why = loaded.Success ? $"expected one {info.ClrType.Name}" : string.Join("; ", loaded.Errors.Select(e => e.ToString()));
            throw new ArgumentException($"rendered {what} does not fit {info.ClrType.FullName}: {why}");
        }

        var typed = loaded.Objects[0].Resource;
        var errors = typed.Validate();
        if (errors.Count > 0) throw new ArgumentException($"rendered {what} is not valid: " + string.Join("; ", errors.Select(e => e.ToString())));
        return (JsonObject)KubeJson.ToNode(typed);
    }
}
