using System;
using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Schema.Model;

namespace Kurator.Sdk.Schema.Import;

/// <summary>
/// Merges Kubernetes OpenAPI v3 documents (one per group-version upstream, each repeating the definitions it uses)
/// into definition sets partitioned by the group-version that owns each definition.
/// </summary>
public sealed class OpenApiReader
{
    private readonly Dictionary<string, (DocNode Schema, string File)> _definitions = new Dictionary<string, (DocNode, string)>(StringComparer.Ordinal);
    private readonly Dictionary<string, ResourceInfo> _resources = new Dictionary<string, ResourceInfo>(StringComparer.Ordinal);
    private readonly List<SourceInfo> _sources = new List<SourceInfo>();

    /// <summary>True when a parsed JSON document is an OpenAPI v3 document.</summary>
    public static bool IsOpenApi(DocNode node) => node is DocMapping m && m.Get("openapi") != null && m.Get("components") != null;

    /// <summary>Adds one OpenAPI document; a definition that differs from an earlier copy is an error.</summary>
    public void Add(DocMapping doc, string file, SourceInfo? source)
    {
        _sources.Add(source ?? new SourceInfo(System.IO.Path.GetFileName(file), null, null, null));
        var schemas = (doc.Get("components") as DocMapping)?.Get("schemas") as DocMapping
            ?? throw new DocParseException(file, doc.Line, doc.Column, "components.schemas: missing");
        foreach (var entry in schemas.Entries)
        {
            var name = entry.Key.Value;
            if (_definitions.TryGetValue(name, out var existing))
            {
                if (JsonDocWriter.Write(existing.Schema) != JsonDocWriter.Write(entry.Value))
                {
                    throw new DocParseException(file, entry.Key.Line, entry.Key.Column, $"definition '{name}' differs from the copy in {existing.File}");
                }

                continue;
            }

            _definitions[name] = (entry.Value, file);
        }

        if (doc.Get("paths") is DocMapping paths)
        {
            CollectResources(paths);
        }
    }

    /// <summary>The definition sets, one per owning group-version, sorted by name.</summary>
    public List<DefinitionsDocument> Build(string family)
    {
        var groups = new SortedDictionary<string, List<KeyValuePair<string, DocNode>>>(StringComparer.Ordinal);
        foreach (var name in _definitions.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            var set = CoreNames.DefinitionSet(name);
            if (!groups.TryGetValue(set, out var list))
            {
                groups[set] = list = new List<KeyValuePair<string, DocNode>>();
            }

            list.Add(new KeyValuePair<string, DocNode>(name, _definitions[name].Schema));
        }

        var sources = _sources.OrderBy(s => s.File, StringComparer.Ordinal).ToList();
        var result = new List<DefinitionsDocument>();
        foreach (var g in groups)
        {
            var owned = new HashSet<string>(g.Value.Select(d => KindKey(d.Value)).Where(k => k != null)!);
            var resources = _resources.Values
                .Where(r => owned.Contains(r.Group + "/" + r.Version + "/" + r.Kind))
                .OrderBy(r => r.Kind, StringComparer.Ordinal)
                .ToList();
            result.Add(new DefinitionsDocument(family, g.Key, sources, g.Value, resources));
        }

        return result;
    }

    private static string? KindKey(DocNode schema)
    {
        if (schema is DocMapping m && m.Get("x-kubernetes-group-version-kind") is DocSequence gvks && gvks.Items.Count == 1 && gvks.Items[0] is DocMapping gvk)
        {
            return Text(gvk, "group") + "/" + Text(gvk, "version") + "/" + Text(gvk, "kind");
        }

        return null;
    }

    private void CollectResources(DocMapping paths)
    {
        foreach (var p in paths.Entries)
        {
            var path = p.Key.Value;
            if (!(p.Value is DocMapping ops) || path.Contains("{name}") || path.Contains("/watch/"))
            {
                continue;
            }

            foreach (var op in ops.Entries)
            {
                if (!(op.Value is DocMapping o) || !(o.Get("x-kubernetes-group-version-kind") is DocMapping gvk))
                {
                    continue;
                }

                var action = Text(o, "x-kubernetes-action");
                if (action != "post" && action != "list")
                {
                    continue;
                }

                var plural = path.Substring(path.LastIndexOf('/') + 1);
                var info = new ResourceInfo(Text(gvk, "group") ?? string.Empty, Text(gvk, "version") ?? string.Empty, Text(gvk, "kind") ?? string.Empty, plural, path.Contains("{namespace}"));
                var key = info.Group + "/" + info.Version + "/" + info.Kind;
                if (_resources.TryGetValue(key, out var seen))
                {
                    info = seen with { Namespaced = seen.Namespaced || info.Namespaced };
                }

                _resources[key] = info;
            }
        }
    }

    private static string? Text(DocMapping m, string key) => (m.Get(key) as DocScalar)?.Value;
}
