using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Policy.Evaluation;

/// <summary>Applies one <see cref="PodSecurityFieldRule"/> to a pod: visits its scope and judges each value by the rule's kind.</summary>
internal static class FieldRuleEvaluator
{
    public static void Evaluate(PodSecurityFieldRule rule, PodContext pod, List<RuleFinding> findings)
    {
        switch (rule.Scope)
        {
            case FieldScope.PodSpec:
                Judge(rule, pod.Site.Spec, pod.Site.SpecPath, DetailText.Pod, rule.Path, findings);
                break;
            case FieldScope.PodMetadata:
                EvaluateMetadata(rule, pod, findings);
                break;
            case FieldScope.Container when rule.Kind == FieldRuleKind.RequiredOnPodOrContainer:
                EvaluatePodOrContainer(rule, pod, findings);
                break;
            case FieldScope.Container:
                foreach (var container in pod.Containers)
                {
                    Judge(rule, container.Node, container.Path, DetailText.Container(container.Name), rule.Path, findings);
                }

                break;
            case FieldScope.Volume:
                EvaluateVolumes(rule, pod, findings);
                break;
            default:
                throw new InvalidOperationException("unknown scope " + rule.Scope);
        }
    }

    private static void EvaluateMetadata(PodSecurityFieldRule rule, PodContext pod, List<RuleFinding> findings)
    {
        const string ContainerPlaceholder = "{container}";
        if (!rule.Path.Contains(ContainerPlaceholder, StringComparison.Ordinal))
        {
            Judge(rule, pod.Site.Metadata, pod.Site.MetadataPath, DetailText.Pod, rule.Path, findings);
            return;
        }

        // Per-container annotation keys count only for containers the pod has.
        foreach (var container in pod.Containers)
        {
            var path = rule.Path.Replace(ContainerPlaceholder, container.Name.Replace("\"", "\\\""), StringComparison.Ordinal);
            Judge(rule, pod.Site.Metadata, pod.Site.MetadataPath, DetailText.Container(container.Name), path, findings);
        }
    }

    private static void Judge(PodSecurityFieldRule rule, JsonNode? root, string rootPath, string subject, string pattern, List<RuleFinding> findings)
    {
        foreach (var match in PathPattern.Resolve(root, pattern))
        {
            var path = FieldPath.Join(rootPath, match.RelativePath);
            var value = match.Node is null ? string.Empty : ScalarText.Of(match.Node);
            string? detail = rule.Kind switch
            {
                FieldRuleKind.AllowedValues => match.IsSet && !rule.Matches(value) ? rule.Detail : null,
                FieldRuleKind.ForbiddenValues => match.IsSet && rule.Matches(value) ? rule.Detail : null,
                FieldRuleKind.MustBeUnset => match.IsSet ? rule.Detail : null,
                FieldRuleKind.RequiredValue => !match.IsSet ? rule.MissingDetail : rule.Matches(value) ? null : rule.Detail,
                FieldRuleKind.MustContain => !match.IsSet ? rule.MissingDetail : ContainsAny(rule, match.Node!) ? null : rule.Detail,
                _ => throw new InvalidOperationException(rule.Kind + " does not apply to scope " + rule.Scope),
            };

            if (detail is not null)
            {
                findings.Add(new RuleFinding(path, DetailText.Format(detail, subject, match.RelativePath, value, match.Key), rule));
            }
        }
    }

    private static bool ContainsAny(PodSecurityFieldRule rule, JsonNode node)
    {
        if (node is not JsonArray items)
        {
            return false;
        }

        foreach (var item in items)
        {
            if (item is not null && rule.Matches(ScalarText.Of(item)))
            {
                return true;
            }
        }

        return false;
    }

    // A pod-level value covers containers that do not set their own; any value set must be acceptable.
    private static void EvaluatePodOrContainer(PodSecurityFieldRule rule, PodContext pod, List<RuleFinding> findings)
    {
        var podValueAcceptable = false;
        if (rule.PodPath is not null)
        {
            foreach (var match in PathPattern.Resolve(pod.Site.Spec, rule.PodPath))
            {
                if (!match.IsSet)
                {
                    continue;
                }

                var value = ScalarText.Of(match.Node!);
                if (rule.Matches(value))
                {
                    podValueAcceptable = true;
                }
                else
                {
                    findings.Add(new RuleFinding(
                        FieldPath.Join(pod.Site.SpecPath, match.RelativePath),
                        DetailText.Format(rule.Detail, DetailText.Pod, match.RelativePath, value, match.Key), rule));
                }
            }
        }

        foreach (var container in pod.Containers)
        {
            foreach (var match in PathPattern.Resolve(container.Node, rule.Path))
            {
                var subject = DetailText.Container(container.Name);
                var path = FieldPath.Join(container.Path, match.RelativePath);
                if (match.IsSet)
                {
                    var value = ScalarText.Of(match.Node!);
                    if (!rule.Matches(value))
                    {
                        findings.Add(new RuleFinding(path, DetailText.Format(rule.Detail, subject, match.RelativePath, value, match.Key), rule));
                    }
                }
                else if (!podValueAcceptable)
                {
                    findings.Add(new RuleFinding(path, DetailText.Format(rule.MissingDetail, subject, match.RelativePath, string.Empty, match.Key), rule));
                }
            }
        }
    }

    private static void EvaluateVolumes(PodSecurityFieldRule rule, PodContext pod, List<RuleFinding> findings)
    {
        if (pod.Site.Spec["volumes"] is not JsonArray volumes)
        {
            return;
        }

        var listPath = FieldPath.Property(pod.Site.SpecPath, "volumes");
        for (var i = 0; i < volumes.Count; i++)
        {
            if (volumes[i] is not JsonObject volume)
            {
                continue;
            }

            var volumePath = FieldPath.Index(listPath, i);
            var name = volume["name"] is JsonNode n ? ScalarText.Of(n) : string.Empty;
            var subject = DetailText.Volume(name);
            if (rule.Kind == FieldRuleKind.AllowedVolumeSources)
            {
                JudgeVolumeSource(rule, volume, volumePath, subject, findings);
            }
            else
            {
                Judge(rule, volume, volumePath, subject, rule.Path, findings);
            }
        }
    }

    private static void JudgeVolumeSource(PodSecurityFieldRule rule, JsonObject volume, string volumePath, string subject, List<RuleFinding> findings)
    {
        string? firstSource = null;
        foreach (var property in volume)
        {
            if (property.Key == "name" || property.Value is null)
            {
                continue;
            }

            if (rule.Matches(property.Key))
            {
                return;
            }

            firstSource ??= property.Key;
        }

        // No source at all: the API server defaults it to emptyDir before admission sees it.
        if (firstSource is not null)
        {
            findings.Add(new RuleFinding(
                FieldPath.Property(volumePath, firstSource),
                DetailText.Format(rule.Detail, subject, firstSource, firstSource, firstSource), rule));
        }
    }
}
