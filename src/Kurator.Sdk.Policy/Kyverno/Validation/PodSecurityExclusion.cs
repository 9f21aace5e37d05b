using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
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
        var end = ContainerPathEnd(path);
        if (end < 0)
        {
            return null;
        }

        JsonNode? node = resource;
        foreach (var segment in FieldPath.Split(path[..end]))
        {
            node = segment is int i ? (node is JsonArray a && i < a.Count ? a[i] : null) : (node as JsonObject)?[(string)segment];
        }

        return node?["image"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty;
    }

    private static readonly string[] ContainerLists = ["initContainers[", "containers[", "ephemeralContainers["];

    /// <summary>
    /// Where the last <c>containers[N]</c> (or initContainers, ephemeralContainers) of <paramref name="path"/> ends, or -1:
    /// the path of the container a violation is in. Read by hand: it runs for every violation of every podSecurity rule.
    /// </summary>
    internal static int ContainerPathEnd(string path)
    {
        var best = -1;
        foreach (var list in ContainerLists)
        {
            for (var at = path.LastIndexOf(list, StringComparison.Ordinal); at >= 0; at = at == 0 ? -1 : path.LastIndexOf(list, at - 1, StringComparison.Ordinal))
            {
                // "containers[" inside "initContainers[" cannot match: the C is upper case there.
                var digits = at + list.Length;
                var close = digits;
                while (close < path.Length && char.IsAsciiDigit(path[close]))
                {
                    close++;
                }

                if (close > digits && close < path.Length && path[close] == ']')
                {
                    best = Math.Max(best, close + 1);
                    break;
                }
            }
        }

        return best;
    }
}
