using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Analyzers.Model;
using Kurator.Sdk.Policy.Kyverno.Matching;
using Kurator.Sdk.Policy.Kyverno.Patterns;

namespace Kurator.Sdk.Analyzers.Kyverno;

/// <summary>
/// One resource description of a match or exclude block (<c>kinds</c>, <c>names</c>, <c>namespaces</c>, <c>operations</c>)
/// or a requester condition. What needs the cluster or the request (selectors, annotations, subjects and roles) is
/// <see cref="Decision.Unknown"/>, as is a name or namespace the code does not give as a constant.
/// </summary>
internal sealed class ResourceFilter
{
    private readonly IReadOnlyList<KindSelector> _kinds;
    private readonly IReadOnlyList<string> _names;
    private readonly IReadOnlyList<string> _namespaces;
    private readonly bool _decidable;
    private readonly bool _createOperation;

    private ResourceFilter(IReadOnlyList<KindSelector> kinds, IReadOnlyList<string> names, IReadOnlyList<string> namespaces, bool decidable, bool createOperation)
    {
        _kinds = kinds;
        _names = names;
        _namespaces = namespaces;
        _decidable = decidable;
        _createOperation = createOperation;
    }

    /// <summary>True when every kind entry is exactly <c>Pod</c> (Kyverno generates pod controller rules only then).</summary>
    public bool SelectsOnlyPods => _kinds.Count > 0 && AllPods();

    /// <summary>
    /// True when the filter rules out pod controller rules for the whole policy (Kyverno's CanAutoGen): a name, selector
    /// or annotations, or Pod listed with other kinds.
    /// </summary>
    public bool BlocksAutogen { get; private set; }

    /// <summary>Reads a filter (<c>{ resources, subjects, roles, clusterRoles }</c>); <paramref name="filter"/> unreadable gives an unknown filter.</summary>
    public static ResourceFilter Read(KubeNode? filter)
    {
        var requester = Literals.IsSet(filter, "subjects") || Literals.IsSet(filter, "roles") || Literals.IsSet(filter, "clusterRoles");
        var resources = filter?.Get("resources")?.Value;
        if (resources is null || resources.IsNull)
        {
            return Unknown(blocksAutogen: false);
        }

        if (resources.Node is not { IsOpen: false } description)
        {
            return Unknown(blocksAutogen: true);
        }

        var kinds = Literals.Texts(description, "kinds");
        var names = Literals.Texts(description, "names");
        var name = description.Get("name")?.Value;
        var namespaces = Literals.Texts(description, "namespaces");
        var operations = Literals.Texts(description, "operations");
        var blocksAutogen = name is { IsNull: false } || (names?.Count ?? 1) > 0 || Literals.IsSet(description, "selector") || Literals.IsSet(description, "annotations");
        var decidable = !requester && kinds is not null && names is not null && namespaces is not null && operations is not null
            && (name is null || name.IsNull || name.Kind == KubeValueKind.Scalar)
            && !Literals.IsSet(description, "selector") && !Literals.IsSet(description, "namespaceSelector") && !Literals.IsSet(description, "annotations");
        if (!decidable)
        {
            return Unknown(blocksAutogen);
        }

        var allNames = new List<string>(names!);
        if (name is { Kind: KubeValueKind.Scalar, Text: { } single })
        {
            allNames.Add(single);
        }

        var kindFilters = new List<KindSelector>();
        foreach (var kind in kinds!)
        {
            kindFilters.Add(KindSelector.Parse(kind));
        }

        blocksAutogen |= kinds!.Count > 1 && kinds.Contains("Pod");

        // Objects the code builds are created (or applied): a filter for other operations only never selects them.
        var create = operations!.Count == 0 || operations.Contains("CREATE");
        return new ResourceFilter(kindFilters, allNames, namespaces!, decidable: true, create) { BlocksAutogen = blocksAutogen };
    }

    /// <summary>Whether the filter selects <paramref name="subject"/>.</summary>
    public Decision Selects(Subject subject)
    {
        if (!_decidable)
        {
            return Decision.Unknown;
        }

        if (!_createOperation || _kinds.Count == 0 || !AnyKind(subject.Kind))
        {
            return Decision.No;
        }

        var decision = Decision.Yes;
        if (_names.Count > 0)
        {
            decision = subject.Name is { } name ? Decisions.Of(AnyMatch(_names, name)) : Decision.Unknown;
        }

        if (_namespaces.Count > 0)
        {
            // An unset namespace is given at deploy time (the target namespace), so it is unknown here.
            var ns = subject.Kind.Namespaced ? subject.Namespace : null;
            decision = Decisions.And(decision, ns is not null ? Decisions.Of(AnyMatch(_namespaces, ns)) : Decision.Unknown);
        }

        return decision;
    }

    private static ResourceFilter Unknown(bool blocksAutogen) =>
        new ResourceFilter(System.Array.Empty<KindSelector>(), System.Array.Empty<string>(), System.Array.Empty<string>(), decidable: false, createOperation: true) { BlocksAutogen = blocksAutogen };

    private bool AllPods()
    {
        foreach (var kind in _kinds)
        {
            if (!kind.IsPod)
            {
                return false;
            }
        }

        return true;
    }

    private bool AnyKind(ApiKind kind)
    {
        foreach (var filter in _kinds)
        {
            if (filter.Matches(kind.Group, kind.Version, kind.Kind))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyMatch(IReadOnlyList<string> patterns, string text)
    {
        foreach (var pattern in patterns)
        {
            if (Wildcard.Match(pattern, text))
            {
                return true;
            }
        }

        return false;
    }
}
