using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Schema.Model;

/// <summary>Reads the validation facts of a schema node into <see cref="Constraints"/>.</summary>
public static class ConstraintReader
{
    /// <summary>The constraints of a node (items constraints included for arrays).</summary>
    public static Constraints Read(DocNode? node)
    {
        if (!(node is DocMapping m))
        {
            return Constraints.None;
        }

        var enumValues = m.Get("enum") is DocSequence e
            ? EquatableArray.From(e.Items.OfType<DocScalar>().Where(s => s.Kind != ScalarKind.Null).Select(s => s.Value))
            : EquatableArray<string>.Empty;
        var mapKeys = m.Get("x-kubernetes-list-map-keys") is DocSequence k
            ? EquatableArray.From(k.Items.OfType<DocScalar>().Select(s => s.Value))
            : EquatableArray<string>.Empty;
        // Items of arrays and values of maps carry their own constraints.
        Constraints? items = null;
        var inner = SchemaNodes.Text(m, "type") == "array" ? m.Get("items") : SchemaNodes.Properties(m).Count == 0 ? m.Get("additionalProperties") : null;
        if (inner is DocMapping itemNode)
        {
            var ic = Read(itemNode);
            items = ic == Constraints.None ? null : ic;
        }

        var def = m.Get("default");
        var result = new Constraints(
            enumValues,
            SchemaNodes.Text(m, "pattern"),
            SchemaNodes.Text(m, "minimum"),
            SchemaNodes.Text(m, "maximum"),
            SchemaNodes.Flag(m, "exclusiveMinimum"),
            SchemaNodes.Flag(m, "exclusiveMaximum"),
            SchemaNodes.Text(m, "minLength"),
            SchemaNodes.Text(m, "maxLength"),
            SchemaNodes.Text(m, "minItems"),
            SchemaNodes.Text(m, "maxItems"),
            SchemaNodes.Text(m, "minProperties"),
            SchemaNodes.Text(m, "maxProperties"),
            SchemaNodes.Text(m, "format"),
            SchemaNodes.Text(m, "x-kubernetes-list-type"),
            mapKeys,
            def == null ? null : JsonDocWriter.WriteCompact(def),
            Rules(m),
            items);
        return result == Constraints.None ? Constraints.None : result;
    }

    /// <summary>oneOf/anyOf/not groups made only of required lists (Kyverno's exactly-one and mutual-exclusion forms).</summary>
    public static EquatableArray<RequiredCombination> Combinations(DocNode node)
    {
        var list = new List<RequiredCombination>();
        if (!(node is DocMapping m))
        {
            return EquatableArray<RequiredCombination>.Empty;
        }

        foreach (var mode in new[] { "oneOf", "anyOf" })
        {
            if (m.Get(mode) is DocSequence seq && seq.Items.Count > 0 && seq.Items.All(i => i is DocMapping im && im.Entries.Count == 1 && im.Get("required") != null))
            {
                list.Add(new RequiredCombination(mode, EquatableArray.From(seq.Items.Select(i => EquatableArray.From(SchemaNodes.Required(i).OrderBy(x => x, System.StringComparer.Ordinal))))));
            }
        }

        if (m.Get("not") is DocMapping not && not.Entries.Count == 1 && not.Get("required") != null)
        {
            list.Add(new RequiredCombination("not", EquatableArray.From(new[] { EquatableArray.From(RequiredInOrder(not)) })));
        }

        return EquatableArray.From(list);
    }

    private static IEnumerable<string> RequiredInOrder(DocMapping node) =>
        node.Get("required") is DocSequence seq ? seq.Items.OfType<DocScalar>().Select(s => s.Value) : Enumerable.Empty<string>();

    private static EquatableArray<CelRule> Rules(DocMapping m)
    {
        if (!(m.Get("x-kubernetes-validations") is DocSequence seq))
        {
            return EquatableArray<CelRule>.Empty;
        }

        return EquatableArray.From(seq.Items.OfType<DocMapping>()
            .Where(r => SchemaNodes.Text(r, "rule") != null)
            .Select(r => new CelRule(SchemaNodes.Text(r, "rule")!, SchemaNodes.Text(r, "message"), SchemaNodes.Text(r, "fieldPath"), SchemaNodes.Text(r, "reason"))));
    }
}
