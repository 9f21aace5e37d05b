using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Kurator.Sdk.Policy.Engine;

namespace Kurator.Sdk.Policy.Kyverno.Patterns;

/// <summary>
/// A failure path, built only when a match fails, from the leaf up as the recursion unwinds (a pass allocates
/// nothing). Segments are field names (string) or list indexes (int).
/// </summary>
internal sealed class PathStep
{
    public PathStep(object segment, PathStep? next)
    {
        Segment = segment;
        Next = next;
    }

    public object Segment { get; }

    /// <summary>The step below this one (toward the leaf).</summary>
    public PathStep? Next { get; }

    /// <summary>The dotted field path: <c>spec.containers[0].image</c>, <c>metadata.labels["app.kubernetes.io/name"]</c>.</summary>
    public static string Dotted(PathStep? path)
    {
        var text = string.Empty;
        for (var step = path; step is not null; step = step.Next)
        {
            text = step.Segment is int index ? PathText.Index(text, index) : PathText.Property(text, (string)step.Segment);
        }

        return text;
    }

    /// <summary>Kyverno's path: <c>/spec/containers/0/image/</c>; <c>/</c> for the root.</summary>
    public static string Kyverno(PathStep? path)
    {
        var text = new StringBuilder("/");
        for (var step = path; step is not null; step = step.Next)
        {
            text.Append(step.Segment is int index ? index.ToString(CultureInfo.InvariantCulture) : (string)step.Segment).Append('/');
        }

        return text.ToString();
    }

    /// <summary>The segments from the root.</summary>
    public static IReadOnlyList<object> Segments(PathStep? path)
    {
        var list = new List<object>();
        for (var step = path; step is not null; step = step.Next)
        {
            list.Add(step.Segment);
        }

        return list;
    }
}
