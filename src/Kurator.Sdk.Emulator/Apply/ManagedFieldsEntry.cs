using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Emulator.Apply;

/// <summary>One managedFields entry: a manager's owned paths for one (manager, operation, apiVersion-for-Update, subresource).</summary>
internal sealed class ManagedFieldsEntry
{
    public required string Manager { get; init; }
    public required string Operation { get; init; }
    public required string ApiVersion { get; set; }
    public string Subresource { get; init; } = "";
    public string Time { get; set; } = "";
    public HashSet<string> Fields { get; set; } = [];

    public bool SameIdentity(string manager, string operation, string apiVersion, string subresource) =>
        Manager == manager && Operation == operation && Subresource == subresource && (operation == "Apply" || ApiVersion == apiVersion);

    /// <summary>How apply conflicts name a manager (upstream printManager).</summary>
    public string Display()
    {
        var text = Operation == "Apply" ? $"\"{Manager}\"" : $"\"{Manager}\" using {ApiVersion}";
        return Subresource.Length == 0 ? text : $"{text} with subresource \"{Subresource}\"";
    }

    public static List<ManagedFieldsEntry> Read(JsonObject? obj)
    {
        var list = new List<ManagedFieldsEntry>();
        if (obj?["metadata"]?["managedFields"] is not JsonArray entries) return list;
        foreach (var e in entries.OfType<JsonObject>())
        {
            list.Add(new ManagedFieldsEntry
            {
                Manager = (string?)e["manager"] ?? "",
                Operation = (string?)e["operation"] ?? "Update",
                ApiVersion = (string?)e["apiVersion"] ?? "",
                Subresource = (string?)e["subresource"] ?? "",
                Time = (string?)e["time"] ?? "",
                Fields = FieldPaths.FromFieldsV1(e["fieldsV1"] as JsonObject),
            });
        }
        return list;
    }

    public static void Write(JsonObject obj, IEnumerable<ManagedFieldsEntry> entries)
    {
        var meta = obj["metadata"] as JsonObject ?? new JsonObject();
        obj["metadata"] = meta;
        var array = new JsonArray();
        foreach (var e in entries.Where(e => e.Fields.Count > 0))
        {
            var node = new JsonObject
            {
                ["manager"] = e.Manager,
                ["operation"] = e.Operation,
                ["apiVersion"] = e.ApiVersion,
                ["time"] = e.Time,
                ["fieldsType"] = "FieldsV1",
                ["fieldsV1"] = FieldPaths.ToFieldsV1(e.Fields),
            };
            if (e.Subresource.Length > 0) node["subresource"] = e.Subresource;
            // (JsonNode): Add(JsonNode), not Add<T>, the reflection-based overload a Native AOT kurator-sdk cannot use.
            array.Add((JsonNode)node);
        }
        if (array.Count == 0) meta.Remove("managedFields");
        else meta["managedFields"] = array;
    }
}
