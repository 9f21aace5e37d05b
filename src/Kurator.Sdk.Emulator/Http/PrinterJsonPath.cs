using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Emulator.Http;

/// <summary>
/// The JSONPath subset additionalPrinterColumns use: <c>.a.b</c>, <c>[n]</c>, <c>[*]</c> and
/// <c>[?(@.field=="value")]</c> filters.
/// </summary>
internal static class PrinterJsonPath
{
    public static List<JsonNode?> Evaluate(JsonNode? root, string path)
    {
        var current = new List<JsonNode?> { root };
        var p = path.Trim().Trim('{', '}');
        var i = 0;
        while (i < p.Length && current.Count > 0)
        {
            if (p[i] == '.')
            {
                var end = i + 1;
                while (end < p.Length && p[end] != '.' && p[end] != '[') end++;
                var name = p[(i + 1)..end];
                if (name.Length > 0) current = current.Select(n => (n as JsonObject)?[name]).Where(n => n is not null).ToList();
                i = end;
            }
            else if (p[i] == '[')
            {
                var end = p.IndexOf(']', i);
                if (end < 0) break;
                var inner = p[(i + 1)..end];
                current = Select(current, inner);
                i = end + 1;
            }
            else i++;
        }
        return current;
    }

    private static List<JsonNode?> Select(List<JsonNode?> nodes, string inner)
    {
        var arrays = nodes.OfType<JsonArray>().ToList();
        if (inner == "*") return arrays.SelectMany(a => a).ToList();
        if (int.TryParse(inner, out var index)) return arrays.Where(a => index < a.Count).Select(a => a[index]).ToList();
        if (inner.StartsWith("?(@.", StringComparison.Ordinal) && inner.EndsWith(')'))
        {
            var condition = inner[4..^1];
            var eq = condition.IndexOf("==", StringComparison.Ordinal);
            if (eq < 0) return [];
            var field = condition[..eq].Trim();
            var value = condition[(eq + 2)..].Trim().Trim('"', '\'');
            return arrays.SelectMany(a => a).Where(item => (item as JsonObject)?[field]?.ToString() == value).ToList();
        }
        return [];
    }
}
