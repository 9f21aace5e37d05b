using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Emulator.Errors;
using Kurator.Sdk.Emulator.Json;
using Kurator.Sdk.Emulator.Patch;
using Kurator.Sdk.Emulator.Rest;
using Kurator.Sdk.Emulator.Schema;
using Microsoft.AspNetCore.Http;

namespace Kurator.Sdk.Emulator.Http;

/// <summary>The scale subresource (autoscaling/v1 Scale) of Deployments, StatefulSets and ReplicaSets, as <c>kubectl scale</c> uses it.</summary>
internal static class ScaleEndpoints
{
    public static bool Supports(ResourceType type) => type.Group == "apps" && type.Kind is "Deployment" or "StatefulSet" or "ReplicaSet";

    public static async Task HandleAsync(HttpContext context, ClusterState state, ObjectWriter writer, RequestTarget t)
    {
        var ns = t.Namespace ?? "";
        JsonObject result;
        switch (context.Request.Method)
        {
            case "GET":
                result = ToScale(state.Store.Get(t.Type.Group, t.Type.Plural, ns, t.Name!) ?? throw ApiError.NotFound(t.Type.Group, t.Type.Plural, t.Name!));
                break;
            case "PUT" or "PATCH":
                {
                    var options = WriteOptions.From(context, isApply: false);
                    var body = BodyReader.Parse(await HttpIo.ReadBodyAsync(context), allowYaml: false);
                    lock (state.Store.Gate)
                    {
                        var old = state.Store.Get(t.Type.Group, t.Type.Plural, ns, t.Name!) ?? throw ApiError.NotFound(t.Type.Group, t.Type.Plural, t.Name!);
                        var scale = ToScale(old);
                        var contentType = (context.Request.ContentType ?? "").Split(';')[0].Trim();
                        var next = context.Request.Method == "PUT" ? body : contentType == "application/json-patch+json" ? JsonPatchRequest.Apply(scale, body) : JsonMergePatch.Apply(scale, body);
                        var replicas = next?["spec"]?["replicas"].AsInt64() ?? throw ApiError.BadRequest("spec.replicas is required");
                        var candidate = (JsonObject)old.DeepClone();
                        candidate["spec"]!["replicas"] = replicas;
                        result = ToScale(writer.Commit(t.Type, ns, old, candidate, options, "scale", applied: false).Result);
                    }
                    break;
                }
            default:
                throw ApiError.MethodNotAllowed("the server does not allow this method on the requested resource");
        }
        await HttpIo.WriteJsonAsync(context, 200, result);
    }

    private static JsonObject ToScale(JsonObject obj)
    {
        var labels = obj["spec"]?["selector"]?["matchLabels"] as JsonObject;
        return new JsonObject
        {
            ["kind"] = "Scale",
            ["apiVersion"] = "autoscaling/v1",
            ["metadata"] = new JsonObject
            {
                ["name"] = obj["metadata"]!["name"]!.DeepClone(),
                ["namespace"] = obj["metadata"]!["namespace"]?.DeepClone(),
                ["uid"] = obj["metadata"]!["uid"]?.DeepClone(),
                ["resourceVersion"] = obj["metadata"]!["resourceVersion"]?.DeepClone(),
                ["creationTimestamp"] = obj["metadata"]!["creationTimestamp"]?.DeepClone(),
            },
            ["spec"] = new JsonObject { ["replicas"] = obj["spec"]?["replicas"].AsInt64() ?? 1 },
            ["status"] = new JsonObject
            {
                ["replicas"] = obj["status"]?["replicas"].AsInt64() ?? 0,
                ["selector"] = labels is null ? "" : string.Join(",", labels.Select(p => $"{p.Key}={p.Value}")),
            },
        };
    }
}
