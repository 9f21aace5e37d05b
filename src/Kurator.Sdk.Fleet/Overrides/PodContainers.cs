using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Json;

namespace Kurator.Sdk.Fleet.Overrides;

/// <summary>Finds the containers of a workload's pod template (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob).</summary>
internal static class PodContainers
{
    /// <summary>The pod spec's JSON pointer for the object's kind, or null when the kind has no pod template.</summary>
    public static string? PodSpecPointer(JsonObject obj) => (string?)obj["kind"] switch
    {
        "Pod" => "/spec",
        "CronJob" => "/spec/jobTemplate/spec/template/spec",
        "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "Job" or "ReplicationController" => "/spec/template/spec",
        _ => null,
    };

    /// <summary>The containers named <paramref name="container"/> (all when null); throws when there are none.</summary>
    public static IReadOnlyList<JsonObject> Select(JsonObject obj, string? container)
    {
        var pointer = PodSpecPointer(obj) ?? throw new JsonPatchException($"{(string?)obj["kind"]} has no pod template, so it has no containers to change");
        JsonNode? node = obj;
        foreach (var token in JsonPointer.Parse(pointer)) node = node?[token];
        var all = (node?["containers"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        var selected = container is null ? all : all.Where(c => (string?)c["name"] == container).ToList();
        if (selected.Count == 0) throw new JsonPatchException(container is null ? $"{pointer}/containers is empty" : $"no container named '{container}' in {pointer}/containers");
        return selected;
    }
}
