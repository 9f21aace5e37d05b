using System.Linq;
using System.Text.Json.Nodes;
using Xunit.Sdk;

namespace Kurator.Sdk.MultiSystem.Tests.Semantics;

/// <summary>Kubernetes label selectors (matchLabels and matchExpressions) evaluated against a member's labels.</summary>
internal static class LabelSelectors
{
    public static bool Matches(JsonObject? selector, Member member)
    {
        if (selector is null) return true;
        foreach (var (key, value) in selector["matchLabels"] as JsonObject ?? new JsonObject())
        {
            if (!member.Labels.TryGetValue(key, out var v) || v != (string?)value) return false;
        }

        foreach (var e in (selector["matchExpressions"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
        {
            var key = (string)e["key"]!;
            var values = (e["values"] as JsonArray ?? new JsonArray()).Select(v => (string?)v).ToList();
            var has = member.Labels.TryGetValue(key, out var actual);
            var ok = (string?)e["operator"] switch
            {
                "In" => has && values.Contains(actual),
                "NotIn" => !has || !values.Contains(actual),
                "Exists" => has,
                "DoesNotExist" => !has,
                var op => throw new XunitException($"label selector operator {op} is not a Kubernetes operator"),
            };
            if (!ok) return false;
        }

        return true;
    }
}
