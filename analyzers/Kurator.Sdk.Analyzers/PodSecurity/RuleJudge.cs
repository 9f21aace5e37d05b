using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Analyzers.Model;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>Judges the values a rule path leads to, per <see cref="FieldRuleKind"/>.</summary>
internal static class RuleJudge
{
    // owner: the object a missing required value belongs to; null when missing values are not judged.
    public static void Judge(PodSecurityCheck check, PodSecurityFieldRule rule, IEnumerable<PathMatch> matches, string subject, KubeNode? owner, FindingSink sink)
    {
        foreach (var match in matches)
        {
            var text = match.Value?.Kind == KubeValueKind.Scalar ? match.Value.Text : null;
            switch (rule.Kind)
            {
                case FieldRuleKind.AllowedValues when text is not null && !rule.Matches(text):
                case FieldRuleKind.ForbiddenValues when text is not null && rule.Matches(text):
                    sink.Add(check, rule, match.Location, subject, text, match.Key, missing: false);
                    break;
                case FieldRuleKind.MustBeUnset when !match.IsAbsent:
                    sink.Add(check, rule, match.Location, subject, text, match.Key, missing: false);
                    break;
                case FieldRuleKind.RequiredValue:
                    if (match.IsAbsent)
                    {
                        Missing(check, rule, subject, owner, sink);
                    }
                    else if (text is not null && !rule.Matches(text))
                    {
                        sink.Add(check, rule, match.Location, subject, text, match.Key, missing: false);
                    }

                    break;
                case FieldRuleKind.MustContain:
                    if (match.IsAbsent)
                    {
                        Missing(check, rule, subject, owner, sink);
                    }
                    else if (match.Value!.List is { IsOpen: false } list
                        && !list.Items.Any(i => i.Value.Kind == KubeValueKind.Scalar && rule.Matches(i.Value.Text!)))
                    {
                        sink.Add(check, rule, match.Location, subject, null, null, missing: true);
                    }

                    break;
            }
        }
    }

    /// <summary>A container value that may instead come from the pod's securityContext (runAsNonRoot, seccomp).</summary>
    public static void JudgeInherited(PodSecurityCheck check, PodSecurityFieldRule rule, KubeNode podSpec, KubeNode container, IReadOnlyList<RuleSegment> segments, FindingSink sink)
    {
        var pod = PathResolver.Resolve(podSpec, RuleSegment.Parse(rule.PodPath!)).ToList();
        foreach (var match in pod)
        {
            if (match.Value is { Kind: KubeValueKind.Scalar } value && !rule.Matches(value.Text!))
            {
                sink.Add(check, rule, match.Location, "pod", value.Text, null, missing: false);
            }
        }

        var subject = Subject.Container(container);
        foreach (var match in PathResolver.Resolve(container, segments))
        {
            if (match.Value is { Kind: KubeValueKind.Scalar } value)
            {
                if (!rule.Matches(value.Text!))
                {
                    sink.Add(check, rule, match.Location, subject, value.Text, null, missing: false);
                }
            }
            else if (match.IsAbsent && pod.All(p => p.IsAbsent))
            {
                Missing(check, rule, subject, container, sink);
            }
        }
    }

    public static void JudgeVolume(PodSecurityCheck check, PodSecurityFieldRule rule, KubeNode volume, IReadOnlyList<RuleSegment> segments, FindingSink sink)
    {
        var subject = Subject.Volume(volume);
        if (rule.Kind != FieldRuleKind.AllowedVolumeSources)
        {
            Judge(check, rule, PathResolver.Resolve(volume, segments), subject, null, sink);
            return;
        }

        foreach (var field in volume.Fields)
        {
            if (field.Key != "name" && !field.Value.Value.IsNull && !rule.Values.Contains(field.Key))
            {
                sink.Add(check, rule, field.Value.Location, subject, field.Key, null, missing: false);
            }
        }
    }

    private static void Missing(PodSecurityCheck check, PodSecurityFieldRule rule, string subject, KubeNode? owner, FindingSink sink)
    {
        if (owner is { IsOpen: false })
        {
            sink.Add(check, rule, owner.Location, subject, null, null, missing: true);
        }
    }
}
