using System;
using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Schema.Model;

/// <summary>
/// Decides whether a CRD sub-schema and a core definition validate the same way at one level: the same required fields,
/// patterns, bounds, enums, formats, list semantics and CEL rules. Children are compared by the caller as it walks both.
/// </summary>
public static class ConstraintMatch
{
    /// <summary>True when both nodes carry the same validation facts (prose and defaults of optional fields aside).</summary>
    public static bool Same(DocNode crd, DocNode core) =>
        Key(ConstraintReader.Read(crd)) == Key(ConstraintReader.Read(core))
        && EffectiveRequired(crd, defaultsFillRequired: true).SetEquals(EffectiveRequired(core, defaultsFillRequired: false))
        && ConstraintReader.Combinations(crd).Equals(ConstraintReader.Combinations(core));

    // The fields an object must carry: a CRD's defaults are applied before validation, the built-in OpenAPI's are not.
    private static HashSet<string> EffectiveRequired(DocNode node, bool defaultsFillRequired)
    {
        var required = SchemaNodes.Required(node);
        if (defaultsFillRequired)
        {
            foreach (var p in SchemaNodes.Properties(node))
            {
                if (p.Value is DocMapping m && m.Get("default") != null)
                {
                    required.Remove(p.Key.Value);
                }
            }
        }

        return required;
    }

    // The facts of one level that change a verdict. Items are compared when the caller walks into them; defaults only
    // matter through EffectiveRequired. x-kubernetes-list-type is left out: CRDs generated from core Go types drop it
    // (Volcano's task template has no "set" on metadata.finalizers), and the core semantics are the ones the object
    // built from such a template must meet anyway.
    private static string Key(Constraints c) => string.Join(
        "\u0001",
        string.Join("\u0002", c.EnumValues.OrderBy(v => v, StringComparer.Ordinal)),
        c.Pattern,
        c.Minimum,
        c.Maximum,
        c.ExclusiveMinimum ? "x" : string.Empty,
        c.ExclusiveMaximum ? "x" : string.Empty,
        c.MinLength,
        c.MaxLength,
        c.MinItems,
        c.MaxItems,
        c.MinProperties,
        c.MaxProperties,
        c.Format,
        string.Join("\u0002", c.Rules.Select(r => r.Rule + "\u0003" + r.Message + "\u0003" + r.FieldPath).OrderBy(r => r, StringComparer.Ordinal)));
}
