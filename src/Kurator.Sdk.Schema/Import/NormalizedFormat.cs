using System;
using System.Collections.Generic;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Schema.Import;

/// <summary>
/// The on-disk shape of <c>schemas/</c>: one JSON file per CRD (all versions) or per Kubernetes group-version.
/// Writing and reading live together so the two cannot drift.
/// </summary>
public static class NormalizedFormat
{
    /// <summary>Format version written into every file.</summary>
    public const int Version = 1;

    /// <summary>True when a parsed JSON document is a normalized schema file.</summary>
    public static bool IsNormalized(DocNode node) => node is DocMapping m && m.Get("kuratorSchema") != null;

    /// <summary>Builds the normalized tree of a CRD (descriptions dropped).</summary>
    public static DocMapping FromCrd(CrdDocument crd)
    {
        var root = Header(crd.Family, crd.Source == null ? Array.Empty<SourceInfo>() : new[] { crd.Source });
        root.Add("group", Str(crd.Group));
        var names = new DocMapping();
        names.Add("kind", Str(crd.Kind));
        names.Add("listKind", Str(crd.ListKind));
        names.Add("plural", Str(crd.Plural));
        names.Add("singular", Str(crd.Singular));
        if (crd.ShortNames.Count > 0)
        {
            names.Add("shortNames", StrList(crd.ShortNames));
        }

        if (crd.Categories.Count > 0)
        {
            names.Add("categories", StrList(crd.Categories));
        }

        root.Add("names", names);
        root.Add("scope", Str(crd.Namespaced ? "Namespaced" : "Cluster"));
        var versions = new DocSequence();
        foreach (var v in crd.Versions)
        {
            var vm = new DocMapping();
            vm.Add("name", Str(v.Name));
            vm.Add("served", Bool(v.Served));
            vm.Add("storage", Bool(v.Storage));
            if (v.Deprecated)
            {
                vm.Add("deprecated", Bool(true));
            }

            if (v.DeprecationWarning != null)
            {
                vm.Add("deprecationWarning", Str(v.DeprecationWarning));
            }

            if (v.Subresources != null)
            {
                vm.Add("subresources", v.Subresources);
            }

            if (v.PrinterColumns != null)
            {
                vm.Add("additionalPrinterColumns", SchemaStripper.StripListDescriptions(v.PrinterColumns));
            }

            vm.Add("schema", SchemaStripper.Strip(v.Schema));
            versions.Items.Add(vm);
        }

        root.Add("versions", versions);
        return root;
    }

    /// <summary>Builds the normalized tree of a definitions set.</summary>
    public static DocMapping FromDefinitions(DefinitionsDocument defs)
    {
        var root = Header(defs.Family, defs.Sources);
        root.Add("name", Str(defs.Name));
        var resources = new DocSequence();
        foreach (var r in defs.Resources)
        {
            var rm = new DocMapping();
            rm.Add("group", Str(r.Group));
            rm.Add("version", Str(r.Version));
            rm.Add("kind", Str(r.Kind));
            rm.Add("plural", Str(r.Plural));
            rm.Add("scope", Str(r.Namespaced ? "Namespaced" : "Cluster"));
            resources.Items.Add(rm);
        }

        root.Add("resources", resources);
        var map = new DocMapping();
        foreach (var d in defs.Definitions)
        {
            map.Add(d.Key, SchemaStripper.Strip(d.Value));
        }

        root.Add("definitions", map);
        return root;
    }

    /// <summary>Reads a normalized CRD file.</summary>
    public static CrdDocument ReadCrd(DocMapping root, string file)
    {
        var family = Text(root, "family") ?? "custom";
        var names = root.Get("names") as DocMapping ?? throw Missing(root, file, "names");
        var kind = Text(names, "kind") ?? throw Missing(names, file, "names.kind");
        var versions = new List<CrdVersion>();
        if (root.Get("versions") is DocSequence seq)
        {
            foreach (var item in seq.Items)
            {
                if (item is DocMapping v)
                {
                    versions.Add(new CrdVersion(
                        Text(v, "name") ?? throw Missing(v, file, "versions[].name"),
                        Flag(v, "served"),
                        Flag(v, "storage"),
                        Flag(v, "deprecated"),
                        Text(v, "deprecationWarning"),
                        v.Get("schema") ?? throw Missing(v, file, "versions[].schema"),
                        v.Get("subresources"),
                        v.Get("additionalPrinterColumns")));
                }
            }
        }

        var sources = ReadSources(root);
        return new CrdDocument(
            family,
            sources.Count > 0 ? sources[0] : null,
            Text(root, "group") ?? throw Missing(root, file, "group"),
            kind,
            Text(names, "listKind") ?? kind + "List",
            Text(names, "plural") ?? throw Missing(names, file, "names.plural"),
            Text(names, "singular") ?? kind.ToLowerInvariant(),
            Texts(names.Get("shortNames")),
            Texts(names.Get("categories")),
            Text(root, "scope") != "Cluster",
            versions);
    }

    /// <summary>Reads a normalized definitions file.</summary>
    public static DefinitionsDocument ReadDefinitions(DocMapping root, string file)
    {
        var defs = new List<KeyValuePair<string, DocNode>>();
        if (root.Get("definitions") is DocMapping map)
        {
            foreach (var e in map.Entries)
            {
                defs.Add(new KeyValuePair<string, DocNode>(e.Key.Value, e.Value));
            }
        }

        var resources = new List<ResourceInfo>();
        if (root.Get("resources") is DocSequence seq)
        {
            foreach (var item in seq.Items)
            {
                if (item is DocMapping r)
                {
                    resources.Add(new ResourceInfo(
                        Text(r, "group") ?? string.Empty,
                        Text(r, "version") ?? throw Missing(r, file, "resources[].version"),
                        Text(r, "kind") ?? throw Missing(r, file, "resources[].kind"),
                        Text(r, "plural") ?? throw Missing(r, file, "resources[].plural"),
                        Text(r, "scope") != "Cluster"));
                }
            }
        }

        return new DefinitionsDocument(Text(root, "family") ?? "kubernetes", Text(root, "name") ?? file, ReadSources(root), defs, resources);
    }

    /// <summary>True when a normalized file holds definitions rather than a CRD.</summary>
    public static bool IsDefinitions(DocMapping root) => root.Get("definitions") != null;

    private static DocMapping Header(string family, IReadOnlyList<SourceInfo> sources)
    {
        var root = new DocMapping();
        root.Add("kuratorSchema", new DocScalar(Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ScalarKind.Integer));
        root.Add("family", Str(family));
        var list = new DocSequence();
        foreach (var s in sources)
        {
            var sm = new DocMapping();
            sm.Add("file", Str(s.File));
            if (s.Repository != null)
            {
                sm.Add("repository", Str(s.Repository));
            }

            if (s.Revision != null)
            {
                sm.Add("revision", Str(s.Revision));
            }

            if (s.ProjectVersion != null)
            {
                sm.Add("projectVersion", Str(s.ProjectVersion));
            }

            list.Items.Add(sm);
        }

        root.Add("sources", list);
        return root;
    }

    private static List<SourceInfo> ReadSources(DocMapping root)
    {
        var list = new List<SourceInfo>();
        if (root.Get("sources") is DocSequence seq)
        {
            foreach (var item in seq.Items)
            {
                if (item is DocMapping s)
                {
                    list.Add(new SourceInfo(Text(s, "file") ?? string.Empty, Text(s, "repository"), Text(s, "revision"), Text(s, "projectVersion")));
                }
            }
        }

        return list;
    }

    private static DocScalar Str(string s) => DocScalar.String(s);

    private static DocScalar Bool(bool b) => new DocScalar(b ? "true" : "false", ScalarKind.Bool);

    private static DocSequence StrList(IReadOnlyList<string> items)
    {
        var seq = new DocSequence();
        foreach (var s in items)
        {
            seq.Items.Add(Str(s));
        }

        return seq;
    }

    private static string? Text(DocMapping map, string key) =>
        map.Get(key) is DocScalar s && s.Kind != ScalarKind.Null ? s.Value : null;

    private static bool Flag(DocMapping map, string key) =>
        map.Get(key) is DocScalar s && s.Kind == ScalarKind.Bool && s.Value == "true";

    private static IReadOnlyList<string> Texts(DocNode? node)
    {
        var list = new List<string>();
        if (node is DocSequence seq)
        {
            foreach (var i in seq.Items)
            {
                if (i is DocScalar s)
                {
                    list.Add(s.Value);
                }
            }
        }

        return list;
    }

    private static DocParseException Missing(DocNode at, string file, string path) =>
        new DocParseException(file, at.Line, at.Column, $"{path}: missing");
}
