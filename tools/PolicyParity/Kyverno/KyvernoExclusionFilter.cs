using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.PolicyParity.Kyverno;

/// <summary>
/// Applies Kyverno <c>podSecurity.exclude</c> entries to violations: an entry without images exempts the control's
/// pod-level fields; an entry with images exempts the control on containers whose image matches (<c>*</c>, <c>?</c> wildcards).
/// </summary>
internal static class KyvernoExclusionFilter
{
    public static bool IsExcluded(PodSecurityViolation violation, KyvernoRuleTarget target, JsonObject resource)
    {
        var control = PodSecurityRules.Find(violation.CheckId)?.ControlName;
        var image = ContainerImage(resource, violation.Path);
        foreach (var exclusion in target.Exclusions)
        {
            if (!string.Equals(exclusion.ControlName, control, StringComparison.Ordinal))
            {
                continue;
            }

            if (exclusion.Images.Count == 0 ? image is null : image is not null && exclusion.Images.Any(p => Wildcard(p).IsMatch(image)))
            {
                return true;
            }
        }

        return false;
    }

    // The image of the container a violation path points into, or null for pod-level fields.
    private static string? ContainerImage(JsonObject resource, string path)
    {
        var match = Regex.Match(path, @"^(.*(?:initContainers|containers|ephemeralContainers)\[[0-9]+\])");
        if (!match.Success)
        {
            return null;
        }

        JsonNode? node = resource;
        foreach (var segment in FieldPath.Split(match.Groups[1].Value))
        {
            node = segment is int i ? (node as JsonArray)?[i] : (node as JsonObject)?[(string)segment];
        }

        return node?["image"]?.GetValue<string>() ?? string.Empty;
    }

    private static Regex Wildcard(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$", RegexOptions.CultureInvariant);
}
