using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Schema.Model;

namespace Kurator.Sdk.Generators.Emitting;

/// <summary>XML documentation built from schema facts (and, for a user's own CRDs, their descriptions).</summary>
internal static class DocComments
{
    public static void Summary(SourceWriter w, string? description, string facts)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            // The usual case (upstream prose is dropped on import): one line, not three.
            w.Line("/// <summary>" + Identifiers.Xml(OneLine(facts)) + "</summary>");
            return;
        }

        w.Line("/// <summary>");
        foreach (var line in description!.Replace("\r", string.Empty).Split('\n'))
        {
            w.Line("/// " + Identifiers.Xml(line.TrimEnd()));
        }

        w.Line("/// <para>" + Identifiers.Xml(OneLine(facts)) + "</para>");
        w.Line("/// </summary>");
    }

    private static string OneLine(string text) => text.Replace("\r", " ").Replace("\n", " ");

    public static string PropertyFacts(PropertyModel p)
    {
        var parts = new List<string> { $"Field \"{p.JsonName}\" ({Describe(p.Type)})" };
        var c = p.Constraints;
        parts.Add(p.Required ? "required" : "optional");
        if (c.Default != null)
        {
            parts.Add("default " + c.Default);
        }

        if (p.Type.Kind == TypeRefKind.Enum && c.EnumValues.Count > 0)
        {
            parts.Add("one of " + string.Join(", ", c.EnumValues.Select(v => "\"" + v + "\"")));
        }

        if (c.Pattern != null)
        {
            parts.Add("pattern " + c.Pattern);
        }

        if (c.MinLength != null || c.MaxLength != null)
        {
            parts.Add("length " + (c.MinLength ?? "0") + ".." + (c.MaxLength ?? "*"));
        }

        if (c.Minimum != null || c.Maximum != null)
        {
            parts.Add("range " + (c.Minimum ?? "*") + ".." + (c.Maximum ?? "*"));
        }

        if (c.MinItems != null || c.MaxItems != null)
        {
            parts.Add("items " + (c.MinItems ?? "0") + ".." + (c.MaxItems ?? "*"));
        }

        if (c.ListType != null)
        {
            parts.Add("list type " + c.ListType + (c.ListMapKeys.Count > 0 ? " keyed by " + string.Join(", ", c.ListMapKeys) : string.Empty));
        }

        if (c.Rules.Count > 0)
        {
            parts.Add("rules: " + string.Join("; ", c.Rules.Select(r => r.Rule)));
        }

        return string.Join("; ", parts) + ".";
    }

    public static string Describe(TypeRef t) => t.Kind switch
    {
        TypeRefKind.List => "list of " + Describe(t.Element!),
        TypeRefKind.Map => "map of " + Describe(t.Element!),
        TypeRefKind.Object or TypeRefKind.Enum => t.Name!.Substring(t.Name!.LastIndexOf('.') + 1),
        TypeRefKind.Int32 => "int32",
        TypeRefKind.Int64 => "int64",
        TypeRefKind.Json => t.IsJsonObject ? "free-form JSON object" : "free-form JSON",
        TypeRefKind.Time => "RFC 3339 time",
        TypeRefKind.Bytes => "base64 bytes",
        TypeRefKind.Duration => "duration such as 5m0s",
        TypeRefKind.Quantity => "quantity such as 500m or 1Gi",
        TypeRefKind.IntOrString => "int or string",
        TypeRefKind.Embedded => "embedded Kubernetes object",
        _ => t.Kind.ToString().ToLowerInvariant(),
    };
}
