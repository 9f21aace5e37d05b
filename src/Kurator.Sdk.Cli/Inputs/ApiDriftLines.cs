using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Check;
using Kurator.Sdk.Policy.Reporting;

namespace Kurator.Sdk.Cli.Inputs;

/// <summary>
/// <c>check</c>'s API drift lines: <c>file:line: kind/name: KSDK600N: apiVersion: message</c> for every object (each item
/// of a <c>kind: List</c>) whose apiVersion is deprecated or no longer served, at the line of its <c>apiVersion</c>; and
/// <c>file:line: kind/name: KSDK6002: field.path: message</c> at the line of each field from which a controller creates
/// an object in a version the shipped schemas do not serve (a Kurator Application's <c>spec.source.gitRepository</c>).
/// </summary>
public static class ApiDriftLines
{
    /// <summary>The drift lines of <paramref name="document"/>.</summary>
    public static IEnumerable<LoadProblem> Of(PolicyDocument document, ApiVersionDrift drift)
    {
        foreach (var item in ListItems.Expand(document))
        {
            var found = drift.Find(item.Object);
            var created = drift.FindCreated(item.Object).ToList();
            if (found is null && created.Count == 0)
            {
                continue;
            }

            var kind = Text(item.Object["kind"]) ?? "<unknown>";
            var metadata = item.Object["metadata"] as JsonObject;
            var name = Text(metadata?["name"]) ?? Text(metadata?["generateName"]) ?? "<unnamed>";
            if (found is not null)
            {
                yield return Line(item, item.LineOf("apiVersion") ?? item.DocumentLine, kind + "/" + name + ": " + found.RuleId + ": apiVersion: " + found.Message);
            }

            foreach (var field in created)
            {
                yield return Line(item, item.LineOf(field.Path) ?? item.DocumentLine, kind + "/" + name + ": " + field.RuleId + ": " + field.Path + ": " + field.Message);
            }
        }
    }

    private static LoadProblem Line(PolicyDocument item, int line, string text) =>
        new(item.File, line, item.File + ":" + line.ToString(CultureInfo.InvariantCulture) + ": " + text);

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
