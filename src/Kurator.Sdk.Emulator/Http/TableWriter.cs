using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Schema;
using Microsoft.AspNetCore.Http;

namespace Kurator.Sdk.Emulator.Http;

/// <summary>
/// Server-side printing (meta.k8s.io/v1 Table), which kubectl asks for on plain <c>get</c>: Name, the CRD's
/// additionalPrinterColumns (simple JSONPaths) or a few built-in columns, and Age; rows carry PartialObjectMetadata.
/// </summary>
internal static class TableWriter
{
    public static bool Wanted(HttpContext context) =>
        context.Request.Headers.Accept.ToString().Split(',').FirstOrDefault()?.Replace(" ", "", StringComparison.Ordinal)
            .Contains("as=Table", StringComparison.Ordinal) == true;

    private sealed record Column(string Name, string Type, string JsonPath);

    private static List<Column> Columns(ResourceType type, JsonObject? crdVersion)
    {
        var columns = new List<Column> { new("Name", "string", ".metadata.name") };
        if (crdVersion?["additionalPrinterColumns"] is JsonArray printer)
        {
            columns.AddRange(printer.OfType<JsonObject>().Select(c => new Column((string?)c["name"] ?? "", (string?)c["type"] ?? "string", (string?)c["jsonPath"] ?? "")));
        }
        else
        {
            columns.AddRange((type.Group, type.Kind) switch
            {
                ("", "Namespace") => [new Column("Status", "string", ".status.phase")],
                ("apps", "Deployment") => [new("Ready", "integer", ".status.readyReplicas"), new("Available", "integer", ".status.availableReplicas")],
                ("", "Pod") => [new Column("Status", "string", ".status.phase")],
                _ => [],
            });
        }
        if (!columns.Any(c => c.Name.Equals("Age", StringComparison.OrdinalIgnoreCase))) columns.Add(new Column("Age", "date", ".metadata.creationTimestamp"));
        return columns;
    }

    public static JsonObject Build(ResourceType type, JsonObject? crdVersion, IEnumerable<JsonObject> items, JsonObject listMetadata)
    {
        var columns = Columns(type, crdVersion);
        return new JsonObject
        {
            ["kind"] = "Table",
            ["apiVersion"] = "meta.k8s.io/v1",
            ["metadata"] = listMetadata,
            ["columnDefinitions"] = new JsonArray(columns.Select(c => (JsonNode)new JsonObject
            {
                ["name"] = c.Name,
                ["type"] = c.Type == "date" ? "string" : c.Type,
                ["format"] = c.Name == "Name" ? "name" : "",
                ["description"] = "",
                ["priority"] = 0,
            }).ToArray()),
            ["rows"] = new JsonArray(items.Select(o => (JsonNode)Row(type, columns, o)).ToArray()),
        };
    }

    private static JsonObject Row(ResourceType type, List<Column> columns, JsonObject obj) => new()
    {
        ["cells"] = new JsonArray(columns.Select(c => Cell(c, obj)).ToArray()),
        ["object"] = new JsonObject
        {
            ["kind"] = "PartialObjectMetadata",
            ["apiVersion"] = "meta.k8s.io/v1",
            ["metadata"] = obj["metadata"]?.DeepClone(),
        },
    };

    private static JsonNode? Cell(Column column, JsonObject obj)
    {
        var found = PrinterJsonPath.Evaluate(obj, column.JsonPath).Where(n => n is not null).ToList();
        if (found.Count == 0) return column.Type is "integer" or "number" ? null : "<none>";
        if (column.Type == "date" && found[0] is JsonValue v && DateTime.TryParse(v.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var when))
            return Age(DateTime.UtcNow - when);
        return found.Count == 1 ? found[0]!.DeepClone() : string.Join(",", found.Select(n => n!.ToString()));
    }

    /// <summary>kubectl's short human durations (e.g. 5s, 3m2s, 7h).</summary>
    internal static string Age(TimeSpan d)
    {
        if (d < TimeSpan.Zero) d = TimeSpan.Zero;
        var s = (long)d.TotalSeconds;
        return s switch
        {
            < 120 => $"{s}s",
            < 600 => $"{s / 60}m{(s % 60 == 0 ? "" : $"{s % 60}s")}",
            < 10800 => $"{s / 60}m",
            < 28800 => $"{s / 3600}h{(s % 3600 / 60 == 0 ? "" : $"{s % 3600 / 60}m")}",
            < 172800 => $"{s / 3600}h",
            _ => $"{s / 86400}d",
        };
    }
}
