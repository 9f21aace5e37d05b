using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Policy.Kyverno.Validation;

/// <summary>
/// One <c>validate.podSecurity.exclude</c> entry: a PSS control name and, for container-level exclusion, image
/// patterns (<c>*</c>, <c>?</c>). An entry without images exempts the control's pod-level fields; with images, the
/// control on containers whose image matches.
/// </summary>
/// <param name="ControlName">The control as the Pod Security Standards name it (e.g. <c>Capabilities</c>).</param>
/// <param name="Images">Image patterns; empty for a pod-level exclusion.</param>
public sealed record PodSecurityExclusion(string ControlName, IReadOnlyList<string> Images)
{
    /// <summary>True when one of <paramref name="exclusions"/> exempts <paramref name="violation"/> found in <paramref name="resource"/>.</summary>
    public static bool IsExcluded(IEnumerable<PodSecurityExclusion> exclusions, PodSecurityViolation violation, JsonObject resource)
    {
        ArgumentNullException.ThrowIfNull(exclusions);
        ArgumentNullException.ThrowIfNull(violation);
        var control = PodSecurityRules.Find(violation.CheckId)?.ControlName;
        string? image = null;
        var imageRead = false;
        foreach (var exclusion in exclusions)
        {
            if (!string.Equals(exclusion.ControlName, control, StringComparison.Ordinal))
            {
                continue;
            }

            if (!imageRead)
            {
                image = ContainerImage(resource, violation.Path);
                imageRead = true;
            }

            if (exclusion.Images.Count == 0 ? image is null : image is not null && exclusion.Images.Any(p => Patterns.Wildcard.Match(p, image)))
            {
                return true;
            }
        }

        return false;
    }

    // The image of the container a violation path points into, or null for pod-level fields.
    private static string? ContainerImage(JsonObject resource, string path)
    {
        var match = Regex.Match(path, @"^(.*(?:initContainers|containers|ephemeralContainers)\[[0-9]+\])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            return null;
        }

        JsonNode? node = resource;
        foreach (var segment in FieldPath.Split(match.Groups[1].Value))
        {
            node = segment is int i ? (node is JsonArray a && i < a.Count ? a[i] : null) : (node as JsonObject)?[(string)segment];
        }

        return node?["image"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty;
    }
}
