using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Client.Discovery;
using Kurator.Sdk.Client.KubeConfig;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Targets;

namespace Kurator.Sdk.Cli.Fleet;

/// <summary>
/// The target clusters of the fleet commands: one per <c>--context</c> (default: the kubeconfig's current context),
/// each checked to exist before anything is sent, so a typo fails the whole command instead of one cluster.
/// </summary>
public static class ContextTargets
{
    /// <summary>The contexts to use, or a problem (missing kubeconfig, unknown or repeated context, no current context).</summary>
    public static (IReadOnlyList<string> Contexts, string? Problem) Resolve(string? kubeconfig, IReadOnlyList<string> requested)
    {
        KubeConfigFile config;
        try
        {
            config = KubeConfigLoader.Load(kubeconfig);
        }
        catch (Exception e) when (e is KubeConfigException or System.IO.IOException or UnauthorizedAccessException)
        {
            // The loader's messages name the file and the field, never credentials.
            return ([], "kubeconfig: " + e.Message);
        }

        if (requested.Count == 0)
        {
            return string.IsNullOrEmpty(config.CurrentContext)
                ? ([], "no --context given and the kubeconfig has no current context")
                : ([config.CurrentContext], null);
        }

        var repeated = requested.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0) return ([], "--context given more than once: " + string.Join(", ", repeated));
        var unknown = requested.Where(c => !config.Contexts.ContainsKey(c)).ToList();
        if (unknown.Count > 0) return ([], "no such context in the kubeconfig: " + string.Join(", ", unknown));
        return (requested, null);
    }

    /// <summary>
    /// A plan with one target per context, named like the context, all with the same objects (the runtime copies an
    /// object before it labels and sends it, and prepares one that several clusters receive once). All targets are
    /// members, which the runtime reaches through the context of their name. There is deliberately no host target:
    /// the runtime keeps its record of fleet members on the host and prunes members that left it, and a context left
    /// out of one command line must never lose its objects.
    /// </summary>
    public static DeploymentPlan Plan(string applySet, IReadOnlyList<string> contexts, IReadOnlyList<JsonObject> objects) =>
        new(applySet, contexts.Select(c => new ClusterTarget(c, TargetRole.Member, objects)).ToList());

    /// <summary>
    /// The connections of <see cref="Plan"/>: every target through the context of its name, discovery starting from the
    /// user's disk cache as kubectl's does (a fresh process then asks each server only for the objects).
    /// </summary>
    public static ClusterConnections Connections(string? kubeconfig) => new(kubeconfig, null) { DiscoveryCache = DiscoveryCache.ForUser() };
}
