using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Kyverno.Model;
using Kurator.Sdk.Policy.Kyverno.Patterns;

namespace Kurator.Sdk.Policy.Kyverno.Matching;

/// <summary>
/// A compiled <c>resources</c> block: kinds, name/names, namespaces, annotations, selector, namespaceSelector and
/// operations; every field given must match.
/// </summary>
internal sealed class ResourceDescription
{
    private readonly List<KindSelector> _kinds;
    private readonly List<Wildcard>? _names;
    private readonly List<Wildcard>? _namespaces;
    private readonly List<(Wildcard Key, Wildcard Value)>? _annotations;
    private readonly LabelSelector? _selector;
    private readonly LabelSelector? _namespaceSelector;
    private readonly HashSet<string>? _operations;

    private ResourceDescription(List<KindSelector> kinds, List<Wildcard>? names, List<Wildcard>? namespaces, List<(Wildcard, Wildcard)>? annotations, LabelSelector? selector, LabelSelector? namespaceSelector, HashSet<string>? operations)
    {
        _kinds = kinds;
        _names = names;
        _namespaces = namespaces;
        _annotations = annotations;
        _selector = selector;
        _namespaceSelector = namespaceSelector;
        _operations = operations;
    }

    /// <summary>True when the block uses name(s), a selector or annotations (Kyverno then generates no pod-controller rules).</summary>
    public bool NarrowsBeyondKinds => _names is not null || _selector is not null || _annotations is not null;

    public IReadOnlyList<KindSelector> Kinds => _kinds;

    public static ResourceDescription Read(JsonObject obj, string path, PolicyReader reader)
    {
        var kinds = (reader.Strings(obj, "kinds", path) ?? new List<string>()).Select(KindSelector.Parse).ToList();
        List<Wildcard>? names = null;
        if (reader.String(obj, "name", path) is { } name)
        {
            names = [new Wildcard(name)];
        }

        if (reader.Strings(obj, "names", path) is { } list)
        {
            names = (names ?? new List<Wildcard>()).Concat(list.Select(n => new Wildcard(n))).ToList();
        }

        var namespaces = reader.Strings(obj, "namespaces", path)?.Select(n => new Wildcard(n)).ToList();
        var annotations = reader.StringMap(obj, "annotations", path)?.Select(kv => (new Wildcard(kv.Key), new Wildcard(kv.Value))).ToList();
        var selector = LabelSelector.Read(obj, "selector", path, reader);
        var namespaceSelector = LabelSelector.Read(obj, "namespaceSelector", path, reader);
        var operations = reader.Strings(obj, "operations", path)?.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new ResourceDescription(kinds, names, namespaces, annotations, selector, namespaceSelector, operations);
    }

    public MatchVerdict Matches(ResourceView resource, KyvernoRequestContext context)
    {
        if (_kinds.Count > 0 && !AnyKind(resource))
        {
            return MatchVerdict.No;
        }

        if (_names is not null && !_names.Any(n => n.Matches(resource.Name)))
        {
            return MatchVerdict.No;
        }

        // A Namespace is matched by its own name, as Kyverno does.
        var ns = resource.Kind == "Namespace" && resource.Group.Length == 0 ? resource.Name : resource.Namespace;
        if (_namespaces is not null && !_namespaces.Any(n => n.Matches(ns)))
        {
            return MatchVerdict.No;
        }

        if (_annotations is not null && !_annotations.All(a => resource.Annotations.Any(kv => a.Key.Matches(kv.Key) && a.Value.Matches(kv.Value))))
        {
            return MatchVerdict.No;
        }

        if (_selector is not null && !_selector.Matches(resource.Labels))
        {
            return MatchVerdict.No;
        }

        if (_operations is not null && !_operations.Contains(context.Operation))
        {
            return MatchVerdict.No;
        }

        if (_namespaceSelector is not null && ns.Length > 0)
        {
            if (context.NamespaceLabels(ns) is not { } labels)
            {
                return MatchVerdict.Unknown($"namespaceSelector needs the labels of namespace \"{ns}\", which are not known");
            }

            if (!_namespaceSelector.Matches(labels))
            {
                return MatchVerdict.No;
            }
        }

        return MatchVerdict.Yes;
    }

    // A loop, not LINQ: this runs for every rule and every object.
    private bool AnyKind(ResourceView resource)
    {
        foreach (var kind in _kinds)
        {
            if (kind.Matches(resource.Group, resource.Version, resource.Kind))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the <c>kinds</c> of a block for the rule's path (used by autogen on the raw JSON).</summary>
    public static IEnumerable<string> KindsOf(JsonObject? resources) =>
        resources?["kinds"] is JsonArray a ? a.Select(k => k is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty) : [];

    public static string Path(string parent) => FieldPath.Property(parent, "resources");
}
