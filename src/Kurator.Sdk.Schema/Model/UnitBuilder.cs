using System;
using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Schema.Import;

namespace Kurator.Sdk.Schema.Model;

/// <summary>Builds the C# type model of one schema file: a CRD (every served version) or a core definitions set.</summary>
public static class UnitBuilder
{
    /// <summary>The namespace of one CRD version: root + group label (when the group has three or more labels) + version.</summary>
    public static string CrdNamespace(string rootNamespace, string group, string version)
    {
        var labels = group.Split('.');
        var segment = labels.Length >= 3 ? "." + Identifiers.Pascal(labels[0]) : string.Empty;
        return rootNamespace + segment + "." + Identifiers.Version(version);
    }

    /// <summary>Builds the model of a CRD.</summary>
    public static UnitModel BuildCrd(CrdDocument crd, string file, string rootNamespace, CoreTypeIndex core)
    {
        var objects = new List<ObjectModel>();
        var enums = new List<EnumModel>();
        var problems = new List<SchemaProblem>();
        var mapped = new List<string>();
        var preferred = PreferredVersion(crd);
        var servedBy = crd.Source?.ProjectVersion;
        foreach (var version in crd.Versions.Where(v => v.Served))
        {
            var ns = CrdNamespace(rootNamespace, crd.Group, version.Name);
            var mapper = new TypeMapper(ns, file, core, dedupe: true, defaultsFillRequired: true);
            var kindName = Identifiers.Pascal(crd.Kind);
            mapper.Reserve(kindName);
            var hasStatus = version.Subresources is DocMapping sub && sub.Get("status") != null;
            // Only the CRD's own warning is kept: the version to move to is PreferredVersion, worded where it is reported.
            var kind = new KindModel(crd.Group, version.Name, crd.Kind, crd.Plural, crd.Namespaced, version.Storage, version.Deprecated, version.DeprecationWarning, true, hasStatus, preferred, servedBy);
            if (!(version.Schema is DocMapping))
            {
                problems.Add(new SchemaProblem("KSG003", file, version.Schema.Line, version.Schema.Column, $"{crd.Kind} {version.Name}: the schema is not an object"));
                continue;
            }

            mapper.PlanNames(version.Schema, kindName);
            mapper.DefineObject(version.Schema, kindName, crd.Kind, kind, 0);
            objects.AddRange(mapper.Objects);
            enums.AddRange(mapper.Enums);
            problems.AddRange(mapper.Problems);
            mapped.AddRange(mapper.CoreMappings);
        }

        return new UnitModel(file, HintName(file), EquatableArray.From(objects), EquatableArray.From(enums), EquatableArray.From(problems), EquatableArray.From(mapped), objects.Count);
    }

    /// <summary>
    /// The version to move to from a deprecated or unserved version of <paramref name="crd"/>: the storage version when it
    /// is served and not deprecated, else the last served version that is not deprecated (CRDs list versions oldest
    /// first), else null.
    /// </summary>
    public static string? PreferredVersion(CrdDocument crd)
    {
        var storage = crd.Versions.FirstOrDefault(v => v.Storage);
        if (storage != null && storage.Served && !storage.Deprecated)
        {
            return storage.Name;
        }

        return crd.Versions.LastOrDefault(v => v.Served && !v.Deprecated)?.Name;
    }

    /// <summary>Builds the model of a core definitions set.</summary>
    public static UnitModel BuildDefinitions(DefinitionsDocument defs, string file)
    {
        var ns = CoreNames.Namespace(defs.Name);
        var mapper = new TypeMapper(ns, file, CoreTypeIndex.Empty, dedupe: false, defaultsFillRequired: false);
        var resources = defs.Resources.ToDictionary(r => r.Group + "/" + r.Version + "/" + r.Kind, StringComparer.Ordinal);
        var simpleNames = defs.Definitions.Where(d => !CoreNames.IsSpecial(d.Key)).Select(d => Identifiers.Pascal(d.Key.Substring(d.Key.LastIndexOf('.') + 1))).ToList();
        foreach (var name in simpleNames)
        {
            mapper.Reserve(name);
        }

        foreach (var def in defs.Definitions)
        {
            if (CoreNames.IsSpecial(def.Key))
            {
                continue;
            }

            var name = Identifiers.Pascal(def.Key.Substring(def.Key.LastIndexOf('.') + 1));
            mapper.DefineObject(def.Value, name, def.Key, KindOf(def.Value, resources), 0);
        }

        return new UnitModel(file, HintName(file), EquatableArray.From(mapper.Objects), EquatableArray.From(mapper.Enums), EquatableArray.From(mapper.Problems), EquatableArray<string>.Empty, mapper.Objects.Count);
    }

    private static KindModel? KindOf(DocNode def, Dictionary<string, ResourceInfo> resources)
    {
        if (!(def is DocMapping m) || !(m.Get("x-kubernetes-group-version-kind") is DocSequence gvks) || gvks.Items.Count != 1 || !(gvks.Items[0] is DocMapping gvk))
        {
            return null;
        }

        var group = SchemaNodes.Text(gvk, "group") ?? string.Empty;
        var version = SchemaNodes.Text(gvk, "version") ?? string.Empty;
        var kind = SchemaNodes.Text(gvk, "kind") ?? string.Empty;
        var metadata = SchemaNodes.Properties(def).FirstOrDefault(p => p.Key.Value == "metadata").Value;
        var hasObjectMeta = metadata != null && SchemaNodes.RefName(metadata) == CoreNames.ObjectMeta;
        resources.TryGetValue(group + "/" + version + "/" + kind, out var resource);
        return new KindModel(group, version, kind, resource?.Plural ?? string.Empty, resource?.Namespaced ?? false, true, false, null, hasObjectMeta, false);
    }

    /// <summary>A generator hint name derived from the schema file name.</summary>
    public static string HintName(string file)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(file.Replace('\\', '/').Split('/').Last());
        var chars = name.Select(c => char.IsLetterOrDigit(c) || c == '.' || c == '_' || c == '-' ? c : '_').ToArray();
        return new string(chars) + ".g.cs";
    }
}
