using System;
using System.Collections.Generic;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Policy.Engine;

/// <summary>
/// The one interpreter of the Pod Security rule table, for every front end: visits each rule's scope in a pod and
/// judges the values its path leads to by the rule's kind, as Pod Security Admission does. Unknown and unseen values
/// never produce a violation, except that a field set to an unknown value is set (<see cref="FieldRuleKind.MustBeUnset"/>).
/// </summary>
internal static class PodSecurityJudge
{
    /// <summary>Reports every violation of the active <paramref name="checks"/> in <paramref name="pod"/>.</summary>
    public static void Evaluate<TNode>(PodUnderCheck<TNode> pod, IReadOnlyList<ActiveCheck> checks, Action<RuleViolation<TNode>> report)
        where TNode : class, IPolicyNode<TNode>
    {
        foreach (var active in checks)
        {
            if (IsRelaxed(active.Variant.Relaxations, pod))
            {
                continue;
            }

            foreach (var rule in active.Variant.Rules)
            {
                EvaluateRule(active.Check, rule, pod, report);
            }
        }
    }

    /// <summary>
    /// Judges one rule on <paramref name="subject"/>, following its path from segment <paramref name="from"/>: for an
    /// object that is part of a pod (a container, a security context) judged on its own. Missing values count only
    /// when <paramref name="missingCounts"/>.
    /// </summary>
    public static void Judge<TNode>(PodSecurityCheck check, PodSecurityFieldRule rule, CheckedObject<TNode> subject, int from, bool missingCounts, Action<RuleViolation<TNode>> report)
        where TNode : class, IPolicyNode<TNode>
    {
        if (rule.Kind == FieldRuleKind.AllowedVolumeSources)
        {
            JudgeVolumeSources(check, rule, subject, report);
            return;
        }

        JudgeValues(check, rule, subject, RulePath.Parse(rule.Path), from, null, missingCounts, report);
    }

    // A relaxation applies only when the pod certainly qualifies; an unknown fact keeps the check off (no false finding).
    private static bool IsRelaxed<TNode>(PodSecurityRelaxations relaxations, PodUnderCheck<TNode> pod)
        where TNode : class, IPolicyNode<TNode> =>
        ((relaxations & PodSecurityRelaxations.UserNamespacePods) != 0 && pod.UserNamespace != PodFact.No)
        || ((relaxations & PodSecurityRelaxations.WindowsPods) != 0 && pod.Windows != PodFact.No);

    private static void EvaluateRule<TNode>(PodSecurityCheck check, PodSecurityFieldRule rule, PodUnderCheck<TNode> pod, Action<RuleViolation<TNode>> report)
        where TNode : class, IPolicyNode<TNode>
    {
        var segments = RulePath.Parse(rule.Path);
        switch (rule.Scope)
        {
            case FieldScope.PodSpec:
                JudgeValues(check, rule, pod.Spec, segments, 0, null, true, report);
                break;
            case FieldScope.PodMetadata:
                EvaluateMetadata(check, rule, pod, segments, report);
                break;
            case FieldScope.Container when rule.Kind == FieldRuleKind.RequiredOnPodOrContainer:
                JudgePodOrContainers(check, rule, pod, segments, report);
                break;
            case FieldScope.Container:
                foreach (var container in pod.Containers)
                {
                    JudgeValues(check, rule, container, segments, 0, null, true, report);
                }

                break;
            case FieldScope.Volume:
                foreach (var volume in pod.Volumes)
                {
                    Judge(check, rule, volume, 0, true, report);
                }

                break;
            default:
                throw new InvalidOperationException("unknown scope " + rule.Scope);
        }
    }

    private static void EvaluateMetadata<TNode>(PodSecurityCheck check, PodSecurityFieldRule rule, PodUnderCheck<TNode> pod, IReadOnlyList<PathSegment> segments, Action<RuleViolation<TNode>> report)
        where TNode : class, IPolicyNode<TNode>
    {
        if (pod.Metadata is null)
        {
            return;
        }

        var perContainer = false;
        foreach (var segment in segments)
        {
            perContainer |= segment.HasPlaceholder;
        }

        if (!perContainer)
        {
            JudgeValues(check, rule, pod.Metadata, segments, 0, null, true, report);
            return;
        }

        // Per-container annotation keys count only for containers the pod has, and are about that container.
        foreach (var container in pod.Containers)
        {
            var name = container.Node.Field("name") is { Kind: PolicyNodeKind.Scalar } n ? n.Text : null;
            if (name is not null)
            {
                JudgeValues(check, rule, pod.Metadata.About(container.Subject), segments, 0, name, true, report);
            }
        }
    }

    private static void JudgeValues<TNode>(PodSecurityCheck check, PodSecurityFieldRule rule, CheckedObject<TNode> subject, IReadOnlyList<PathSegment> segments, int from, string? containerName, bool missingCounts, Action<RuleViolation<TNode>> report)
        where TNode : class, IPolicyNode<TNode>
    {
        foreach (var match in PathWalker.Resolve(subject.Node, segments, from, containerName))
        {
            var text = match.IsSet ? match.Node!.Text : null;
            switch (rule.Kind)
            {
                case FieldRuleKind.AllowedValues when text is not null && !rule.Matches(text):
                case FieldRuleKind.ForbiddenValues when text is not null && rule.Matches(text):
                case FieldRuleKind.MustBeUnset when match.IsSet || match.Kind == PolicyNodeKind.Unknown:
                    report(Found(check, rule, subject, match, rule.Detail, text));
                    break;
                case FieldRuleKind.RequiredValue when match.IsUnset && missingCounts:
                case FieldRuleKind.MustContain when match.IsUnset && missingCounts:
                    report(Missing(check, rule, subject, match));
                    break;
                case FieldRuleKind.RequiredValue when text is not null && !rule.Matches(text):
                    report(Found(check, rule, subject, match, rule.Detail, text));
                    break;
                case FieldRuleKind.MustContain when match.IsSet && !Contains(rule, match.Node!):
                    report(Found(check, rule, subject, match, rule.Detail, null));
                    break;
            }
        }
    }

    // A list that may hold items the front end cannot see is given the benefit of the doubt; a non-list never contains.
    private static bool Contains<TNode>(PodSecurityFieldRule rule, TNode value)
        where TNode : class, IPolicyNode<TNode>
    {
        if (value.Kind != PolicyNodeKind.List)
        {
            return false;
        }

        foreach (var item in value.Items())
        {
            if (item.Kind is PolicyNodeKind.Unknown or PolicyNodeKind.Unseen || item.Text is { } text && rule.Matches(text))
            {
                return true;
            }
        }

        return value.IsOpen;
    }

    // A pod-level value covers the containers that do not set their own; every value set must be acceptable.
    private static void JudgePodOrContainers<TNode>(PodSecurityCheck check, PodSecurityFieldRule rule, PodUnderCheck<TNode> pod, IReadOnlyList<PathSegment> segments, Action<RuleViolation<TNode>> report)
        where TNode : class, IPolicyNode<TNode>
    {
        var podCovers = false;
        if (rule.PodPath is not null)
        {
            foreach (var match in PathWalker.Resolve(pod.Spec.Node, RulePath.Parse(rule.PodPath)))
            {
                var text = match.IsSet ? match.Node!.Text : null;
                if (match.IsOpaque || match.IsSet && (text is null || rule.Matches(text)))
                {
                    podCovers = true;
                }
                else if (text is not null)
                {
                    report(Found(check, rule, pod.Spec, match, rule.Detail, text));
                }
            }
        }

        foreach (var container in pod.Containers)
        {
            foreach (var match in PathWalker.Resolve(container.Node, segments))
            {
                var text = match.IsSet ? match.Node!.Text : null;
                if (text is not null && !rule.Matches(text))
                {
                    report(Found(check, rule, container, match, rule.Detail, text));
                }
                else if (match.IsUnset && !podCovers)
                {
                    report(Missing(check, rule, container, match));
                }
            }
        }
    }

    /// <summary>
    /// A volume may use only the allowed source types. Every other source it sets is reported, even beside an allowed
    /// one (fail closed: such a volume is invalid, and the forbidden source is what a fix must remove). A volume with no
    /// source is allowed: the API server defaults it to <c>emptyDir</c> before admission.
    /// </summary>
    private static void JudgeVolumeSources<TNode>(PodSecurityCheck check, PodSecurityFieldRule rule, CheckedObject<TNode> volume, Action<RuleViolation<TNode>> report)
        where TNode : class, IPolicyNode<TNode>
    {
        foreach (var field in volume.Node.Fields())
        {
            if (field.Key == "name" || field.Value.Kind is PolicyNodeKind.Unset or PolicyNodeKind.Unseen || rule.Matches(field.Key))
            {
                continue;
            }

            var detail = SubjectText.Detail(rule.Detail, volume.Subject, field.Key, field.Key, field.Key);
            report(new RuleViolation<TNode>(check, rule, volume, field.Value, PathText.Property(volume.Path, field.Key), detail, missing: false));
        }
    }

    private static RuleViolation<TNode> Found<TNode>(PodSecurityCheck check, PodSecurityFieldRule rule, CheckedObject<TNode> subject, PathMatch<TNode> match, string template, string? text)
        where TNode : class, IPolicyNode<TNode>
    {
        var detail = SubjectText.Detail(template, subject.Subject, match.Path, text ?? string.Empty, match.Key);
        return new RuleViolation<TNode>(check, rule, subject, match.Node, PathText.Join(subject.Path, match.Path), detail, missing: false);
    }

    private static RuleViolation<TNode> Missing<TNode>(PodSecurityCheck check, PodSecurityFieldRule rule, CheckedObject<TNode> subject, PathMatch<TNode> match)
        where TNode : class, IPolicyNode<TNode>
    {
        var detail = SubjectText.Detail(rule.MissingDetail, subject.Subject, match.Path, string.Empty, match.Key);
        return new RuleViolation<TNode>(check, rule, subject, null, PathText.Join(subject.Path, match.Path), detail, missing: true);
    }
}
