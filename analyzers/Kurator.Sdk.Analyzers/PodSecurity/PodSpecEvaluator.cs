using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Analyzers.Model;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>
/// Interprets the shared Pod Security rule table over a pod spec built in C#, as PSA does over the admitted pod:
/// containers of all three lists, pod-level defaults inherited by containers, the hostUsers/Windows relaxations.
/// Unknown values never produce a finding; a missing required setting is reported only where the code shows
/// the whole object.
/// </summary>
internal static class PodSpecEvaluator
{
    private static readonly string[] ContainerLists = { "initContainers", "containers", "ephemeralContainers" };

    public static void Evaluate(KubeNode podSpec, IReadOnlyList<ActiveCheck> checks, FindingSink sink)
    {
        var metadata = podSpec.ParentField == "spec" ? podSpec.Parent?.Get("metadata")?.Value.Node : null;
        var containers = Containers(podSpec);
        var userNamespace = Is(podSpec, RuleSegment.Parse("hostUsers"), "false");
        var windows = Is(podSpec, RuleSegment.Parse("os.name"), "windows");
        foreach (var active in checks)
        {
            var relaxations = active.Variant.Relaxations;
            if ((relaxations & PodSecurityRelaxations.UserNamespacePods) != 0 && userNamespace != Tri.No
                || (relaxations & PodSecurityRelaxations.WindowsPods) != 0 && windows != Tri.No)
            {
                continue;
            }

            foreach (var rule in active.Variant.Rules)
            {
                var segments = RuleSegment.Parse(rule.Path);
                switch (rule.Scope)
                {
                    case FieldScope.PodSpec:
                        RuleJudge.Judge(active.Check, rule, PathResolver.Resolve(podSpec, segments), "pod", podSpec, sink);
                        break;
                    case FieldScope.PodMetadata:
                        if (metadata is not null)
                        {
                            RuleJudge.Judge(active.Check, rule, PathResolver.Resolve(metadata, segments), "pod", null, sink);
                        }

                        break;
                    case FieldScope.Container:
                        foreach (var container in containers)
                        {
                            if (rule.Kind == FieldRuleKind.RequiredOnPodOrContainer)
                            {
                                RuleJudge.JudgeInherited(active.Check, rule, podSpec, container, segments, sink);
                            }
                            else
                            {
                                RuleJudge.Judge(active.Check, rule, PathResolver.Resolve(container, segments), Subject.Container(container), container, sink);
                            }
                        }

                        break;
                    case FieldScope.Volume:
                        foreach (var volume in Items(podSpec, "volumes"))
                        {
                            RuleJudge.JudgeVolume(active.Check, rule, volume, segments, sink);
                        }

                        break;
                }
            }
        }
    }

    private static List<KubeNode> Containers(KubeNode podSpec) => ContainerLists.SelectMany(list => Items(podSpec, list)).ToList();

    private static IEnumerable<KubeNode> Items(KubeNode owner, string field)
    {
        if (owner.Get(field)?.Value.List is not { } list)
        {
            yield break;
        }

        foreach (var item in list.Items)
        {
            if (item.Value.Node is { } node)
            {
                yield return node;
            }
        }
    }

    private static Tri Is(KubeNode podSpec, IReadOnlyList<RuleSegment> path, string text)
    {
        var result = Tri.No;
        foreach (var match in PathResolver.Resolve(podSpec, path))
        {
            if (match.IsUnknown)
            {
                return Tri.Unknown;
            }

            if (!match.IsAbsent && match.Value!.Text == text)
            {
                result = Tri.Yes;
            }
        }

        return result;
    }
}
