using System.Collections.Generic;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Schema.Import;

/// <summary>
/// Copies a JSON-schema node keeping every fact and dropping upstream prose (the <c>description</c> keyword).
/// Property maps are walked as maps, so a field that is itself called "description" survives.
/// </summary>
public static class SchemaStripper
{
    private static readonly HashSet<string> SchemaMaps = new HashSet<string> { "properties", "patternProperties", "definitions", "dependencies" };
    private static readonly HashSet<string> SchemaLists = new HashSet<string> { "allOf", "anyOf", "oneOf" };
    private static readonly HashSet<string> SchemaValues = new HashSet<string> { "items", "additionalProperties", "not", "additionalItems" };

    /// <summary>Returns a stripped copy of a schema node.</summary>
    public static DocNode Strip(DocNode schema)
    {
        if (!(schema is DocMapping map))
        {
            return schema;
        }

        var result = new DocMapping(map.Line, map.Column);
        foreach (var entry in map.Entries)
        {
            var key = entry.Key.Value;
            if (key == "description")
            {
                continue;
            }

            DocNode value = entry.Value;
            if (SchemaMaps.Contains(key) && value is DocMapping props)
            {
                var copy = new DocMapping(props.Line, props.Column);
                foreach (var p in props.Entries)
                {
                    copy.Entries.Add(new KeyValuePair<DocScalar, DocNode>(p.Key, Strip(p.Value)));
                }

                value = copy;
            }
            else if (SchemaLists.Contains(key) && value is DocSequence list)
            {
                var copy = new DocSequence(list.Line, list.Column);
                foreach (var item in list.Items)
                {
                    copy.Items.Add(Strip(item));
                }

                value = copy;
            }
            else if (SchemaValues.Contains(key))
            {
                value = Strip(value);
            }

            result.Entries.Add(new KeyValuePair<DocScalar, DocNode>(entry.Key, value));
        }

        return result;
    }

    /// <summary>Copies a list of mappings (printer columns) without their description entries.</summary>
    public static DocNode StripListDescriptions(DocNode node)
    {
        if (!(node is DocSequence seq))
        {
            return node;
        }

        var copy = new DocSequence(seq.Line, seq.Column);
        foreach (var item in seq.Items)
        {
            if (item is DocMapping m)
            {
                var c = new DocMapping(m.Line, m.Column);
                foreach (var e in m.Entries)
                {
                    if (e.Key.Value != "description")
                    {
                        c.Entries.Add(e);
                    }
                }

                copy.Items.Add(c);
            }
            else
            {
                copy.Items.Add(item);
            }
        }

        return copy;
    }
}
