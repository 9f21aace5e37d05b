using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Analyzers.Model;
using Kurator.Sdk.Policy.Engine;
using Kurator.Sdk.Policy.Rules;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>
/// Value rules indexed by the generated type they can be judged from, so objects built outside any pod spec
/// (a helper returning a <c>Container</c> or a <c>SecurityContext</c>) still get their forbidden values flagged.
/// Only rules that need no pod context qualify: wrong values, not missing ones, and no relaxation.
/// </summary>
internal sealed class AnchoredRules
{
    private readonly Dictionary<ITypeSymbol, List<AnchoredRule>> _byType = new Dictionary<ITypeSymbol, List<AnchoredRule>>(SymbolEqualityComparer.Default);

    public AnchoredRules(KubeSymbols symbols, IReadOnlyList<ActiveCheck> checks)
    {
        if (symbols.PodSpec is null)
        {
            return;
        }

        var volume = Item(symbols, symbols.PodSpec, "volumes");
        foreach (var active in checks)
        {
            if (active.Variant.Relaxations != PodSecurityRelaxations.None)
            {
                continue;
            }

            foreach (var rule in active.Variant.Rules)
            {
                if (rule.Kind is not (FieldRuleKind.AllowedValues or FieldRuleKind.ForbiddenValues or FieldRuleKind.MustBeUnset or FieldRuleKind.AllowedVolumeSources))
                {
                    continue;
                }

                var segments = RulePath.Parse(rule.Path);
                switch (rule.Scope)
                {
                    case FieldScope.PodSpec:
                        Index(symbols, active.Check, rule, segments, symbols.PodSpec, includeScope: false);
                        break;
                    case FieldScope.Container:
                        Index(symbols, active.Check, rule, segments, symbols.Container, includeScope: true);
                        Index(symbols, active.Check, rule, segments, symbols.EphemeralContainer, includeScope: true);
                        break;
                    case FieldScope.Volume:
                        Index(symbols, active.Check, rule, segments, volume, includeScope: true);
                        break;
                }
            }
        }
    }

    public IReadOnlyList<AnchoredRule> For(ITypeSymbol type) =>
        _byType.TryGetValue(type, out var rules) ? rules : (IReadOnlyList<AnchoredRule>)System.Array.Empty<AnchoredRule>();

    // An anchor at each generated type the path passes through, so the rule can be judged from an object of that type.
    private void Index(KubeSymbols symbols, PodSecurityCheck check, PodSecurityFieldRule rule, IReadOnlyList<PathSegment> segments, ITypeSymbol? type, bool includeScope)
    {
        if (segments.Count == 0 && type is not null && includeScope)
        {
            Add(type, new AnchoredRule(check, rule, 0));
        }

        for (var i = 0; type is not null && i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Kind == PathSegmentKind.Name && (i > 0 || includeScope) && symbols.IsModel(type))
            {
                Add(type, new AnchoredRule(check, rule, i));
            }

            type = segment.Kind switch
            {
                PathSegmentKind.Name when !segment.IsPrefix => symbols.Properties.FindByWireName(type, segment.Name) is { } p ? Unwrap(p.Property.Type) : null,
                PathSegmentKind.EveryItem => ItemType(symbols, type),
                _ => null,
            };
            if (type is not null && !symbols.IsModel(type) && !symbols.IsList(type, out _))
            {
                type = null;
            }
        }
    }

    private void Add(ITypeSymbol type, AnchoredRule rule)
    {
        if (!_byType.TryGetValue(type, out var list))
        {
            _byType[type] = list = new List<AnchoredRule>();
        }

        list.Add(rule);
    }

    private static ITypeSymbol? Item(KubeSymbols symbols, ITypeSymbol owner, string jsonName) =>
        symbols.Properties.FindByWireName(owner, jsonName) is { } p ? ItemType(symbols, p.Property.Type) : null;

    private static ITypeSymbol? ItemType(KubeSymbols symbols, ITypeSymbol type) => symbols.IsList(type, out var item) ? item : null;

    private static ITypeSymbol Unwrap(ITypeSymbol type) => type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);

    /// <summary>Judges the anchored rules of a root object that is not inside a tracked pod spec (missing values are not judged).</summary>
    public void Evaluate(KubeNode root, FindingSink sink)
    {
        var node = TreeNode.Of(root);
        foreach (var anchored in For(root.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)))
        {
            var subject = anchored.Rule.Scope == FieldScope.Volume ? SubjectText.Volume(root.Text("name"))
                : anchored.Rule.Scope != FieldScope.Container ? SubjectText.Pod
                : anchored.From == 0 ? SubjectText.Container(root.Text("name")) : "container";
            PodSecurityJudge.Judge(anchored.Check, anchored.Rule, new CheckedObject<TreeNode>(node, string.Empty, subject), anchored.From, missingCounts: false, sink.Add);
        }
    }
}
