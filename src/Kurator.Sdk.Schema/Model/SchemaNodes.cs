using System.Collections.Generic;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Schema.Model;

/// <summary>Small accessors over JSON-schema nodes held as <see cref="DocMapping"/>.</summary>
public static class SchemaNodes
{
    /// <summary>The text of a scalar keyword, or null.</summary>
    public static string? Text(DocNode? node, string key) =>
        node is DocMapping m && m.Get(key) is DocScalar s && s.Kind != ScalarKind.Null ? s.Value : null;

    /// <summary>True when a boolean keyword is true.</summary>
    public static bool Flag(DocNode? node, string key) =>
        node is DocMapping m && m.Get(key) is DocScalar s && s.Kind == ScalarKind.Bool && s.Value == "true";

    /// <summary>The properties of an object schema in declaration order (empty when none).</summary>
    public static IReadOnlyList<KeyValuePair<DocScalar, DocNode>> Properties(DocNode? node) =>
        node is DocMapping m && m.Get("properties") is DocMapping p ? p.Entries : (IReadOnlyList<KeyValuePair<DocScalar, DocNode>>)new KeyValuePair<DocScalar, DocNode>[0];

    /// <summary>The names in the node's required list.</summary>
    public static HashSet<string> Required(DocNode? node)
    {
        var set = new HashSet<string>();
        if (node is DocMapping m && m.Get("required") is DocSequence seq)
        {
            foreach (var item in seq.Items)
            {
                if (item is DocScalar s)
                {
                    set.Add(s.Value);
                }
            }
        }

        return set;
    }

    /// <summary>The target of a <c>$ref</c> (directly or through a single-element allOf wrapper), as a definition name.</summary>
    public static string? RefName(DocNode? node)
    {
        var direct = Text(node, "$ref");
        if (direct == null && node is DocMapping m && m.Get("allOf") is DocSequence all && all.Items.Count == 1)
        {
            direct = Text(all.Items[0], "$ref");
        }

        if (direct == null)
        {
            return null;
        }

        var slash = direct.LastIndexOf('/');
        return slash >= 0 ? direct.Substring(slash + 1) : direct;
    }

    /// <summary>Canonical text of a schema without prose, used as a structural identity key.</summary>
    public static string StructuralKey(DocNode node) => JsonDocWriter.Write(Import.SchemaStripper.Strip(node));
}
