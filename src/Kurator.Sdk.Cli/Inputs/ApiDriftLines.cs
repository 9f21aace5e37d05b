using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Check;
using Kurator.Sdk.Policy.Reporting;

namespace Kurator.Sdk.Cli.Inputs;

/// <summary>
/// <c>check</c>'s API drift lines: <c>file:line: kind/name: KSDK600N: apiVersion: message</c> for every object (each item
/// of a <c>kind: List</c>) whose apiVersion is deprecated or no longer served, at the line of its <c>apiVersion</c>.
/// </summary>
public static class ApiDriftLines
{
    /// <summary>The drift lines of <paramref name="document"/>.</summary>
    public static IEnumerable<LoadProblem> Of(PolicyDocument document, ApiVersionDrift drift)
    {
        foreach (var item in ListItems.Expand(document))
        {
            if (drift.Find(item.Object) is not { } found)
            {
                continue;
            }

            var line = item.LineOf("apiVersion") ?? item.DocumentLine;
            var kind = Text(item.Object["kind"]) ?? "<unknown>";
            var metadata = item.Object["metadata"] as JsonObject;
            var name = Text(metadata?["name"]) ?? Text(metadata?["generateName"]) ?? "<unnamed>";
            yield return new LoadProblem(item.File, line, item.File + ":" + line.ToString(CultureInfo.InvariantCulture) + ": " + kind + "/" + name + ": " + found.RuleId + ": apiVersion: " + found.Message);
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
