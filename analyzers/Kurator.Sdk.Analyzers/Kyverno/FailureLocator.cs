using System.Globalization;
using Kurator.Sdk.Analyzers.Model;
using Kurator.Sdk.Policy.Engine;
using Kurator.Sdk.Policy.Kyverno.Patterns;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Kyverno;

/// <summary>
/// Turns a failed match into a finding: a wrong value at the constant that wrote it (<c>"nginx:latest"</c>), a missing
/// field at the creation of the nearest object the code shows, the field path as it is in the built object (a pod
/// controller's template included).
/// </summary>
internal static class FailureLocator
{
    private const int MaxValueLength = 100;

    public static KyvernoFinding Locate(PolicyRule rule, Subject subject, ResourceNode element, string elementPath, MatchResult failure, bool anyPattern)
    {
        var path = PathText.Join(TemplatePrefix(subject), PathText.Join(elementPath, failure.DottedPath));
        if (anyPattern)
        {
            // No single field fails every alternative: the element (or object) is what violates the rule.
            return new KyvernoFinding(rule, InSource(CreatedAt(element), subject), path.Length == 0 ? subject.Kind.Kind : "Field " + path);
        }

        var node = element;
        var deepest = element;
        var missing = false;
        string? name = null;
        foreach (var segment in PathStep.Segments(failure.Path))
        {
            var next = segment is string field ? (node.Kind == PolicyNodeKind.Object ? node.Field(field) : null) : Item(node, (int)segment);
            name = segment as string ?? name;
            if (next is null || next.Kind == PolicyNodeKind.Unset)
            {
                missing = true;
                break;
            }

            node = next;
            if (node.Kind is PolicyNodeKind.Object or PolicyNodeKind.List)
            {
                deepest = node;
            }
        }

        if (missing)
        {
            return new KyvernoFinding(rule, InSource(CreatedAt(deepest), subject), "Missing field " + path);
        }

        if (node.Kind == PolicyNodeKind.Scalar && node.Inner is { } scalar)
        {
            var location = InSource(SourceSpans.WrittenValue(scalar.Location), subject);
            return new KyvernoFinding(rule, location, subject.Kind.Kind == "Secret" || name is null
                ? "Field " + path
                : Label(name) + " \"" + Shorten(node.Text ?? string.Empty) + "\"");
        }

        return new KyvernoFinding(rule, InSource(CreatedAt(node), subject), "Field " + path);
    }

    private static string TemplatePrefix(Subject subject) => subject.Controller switch
    {
        null => string.Empty,
        "CronJob" => "spec.jobTemplate.spec.template",
        _ => "spec.template",
    };

    private static ResourceNode? Item(ResourceNode node, int index)
    {
        if (node.Kind != PolicyNodeKind.List)
        {
            return null;
        }

        var i = 0;
        foreach (var item in node.Items())
        {
            if (i++ == index)
            {
                return item;
            }
        }

        return null;
    }

    private static Location CreatedAt(ResourceNode node) => node.Inner?.CreatedAt ?? Location.None;

    private static Location InSource(Location location, Subject subject) => location.IsInSource ? location : subject.CreatedAt;

    // "image" -> "Image": the field named as a noun, as in the rule messages users read.
    private static string Label(string field) =>
        field.Length == 0 ? field : char.ToUpper(field[0], CultureInfo.InvariantCulture) + field.Substring(1);

    private static string Shorten(string text) => text.Length <= MaxValueLength ? text : text.Substring(0, MaxValueLength) + "...";
}
