using System;
using System.Text.Json.Nodes;
using Kurator.Sdk.Serialization;
using Kurator.Sdk.Json;

namespace Kurator.Sdk.Fleet.Overrides;

/// <summary>Runs a typed edit on a typed copy of a JSON object and returns the copy's JSON.</summary>
internal static class TypedEdit
{
    public static JsonObject Apply<T>(JsonObject json, Action<T> edit) where T : KubeObject
    {
        // Loose: fields the typed model does not know survive the round trip instead of failing it.
        var loaded = KubeJson.Load(json.ToJsonString(), $"{(string?)json["kind"]}/{(string?)json["metadata"]?["name"]}", loose: true);
        if (!loaded.Success) throw new JsonPatchException("the workload cannot be read back as " + typeof(T).Name + ": " + string.Join("; ", loaded.Errors));
        if (loaded.Objects.Count != 1 || loaded.Objects[0].Resource is not T copy)
        {
            throw new JsonPatchException($"the override edits a {typeof(T).Name}, but the workload is a {(string?)json["kind"]} ({(string?)json["apiVersion"]})");
        }

        edit(copy);
        return (JsonObject)KubeJson.ToNode(copy);
    }
}
