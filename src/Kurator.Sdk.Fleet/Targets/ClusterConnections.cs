using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kurator.Sdk.Client;
using Kurator.Sdk.Client.Connection;
using Kurator.Sdk.Client.Discovery;
using Kurator.Sdk.Client.KubeConfig;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Targets;

/// <summary>
/// Where each target cluster is reached: the host through <c>--context</c> (or the current context), each member through
/// the context mapped to it (by default the context named like the member). One client per cluster, created on first use.
/// </summary>
public sealed class ClusterConnections : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<KubeClient>> _clients = new(StringComparer.Ordinal);

    /// <summary>Creates the connection map.</summary>
    /// <param name="kubeconfig">The kubeconfig file; null for KUBECONFIG or ~/.kube/config, as kubectl.</param>
    /// <param name="hostContext">The host's context; null for the current context.</param>
    /// <param name="memberContexts">Member name to context name; members not listed use a context of their own name.</param>
    /// <param name="membersFromSecrets">
    /// When set, members not in <paramref name="memberContexts"/> are reached through their AttachedCluster's kubeconfig
    /// Secret (from this plan, or else from the host), as Kurator reaches them.
    /// </param>
    public ClusterConnections(string? kubeconfig, string? hostContext, IReadOnlyDictionary<string, string>? memberContexts = null, DeploymentPlan? membersFromSecrets = null)
    {
        Kubeconfig = kubeconfig;
        HostContext = hostContext;
        MemberContexts = memberContexts ?? new Dictionary<string, string>();
        _secretsPlan = membersFromSecrets;
        // Read and parsed once for all the clusters it names (a failure to load is then the same for each of them).
        _kubeconfigFile = new Lazy<KubeConfigFile>(() => KubeConfigLoader.Load(kubeconfig));
    }

    private readonly Lazy<KubeConfigFile> _kubeconfigFile;

    private readonly DeploymentPlan? _secretsPlan;

    /// <summary>The kubeconfig file, or null for the default loading rules.</summary>
    public string? Kubeconfig { get; }

    /// <summary>The host's context, or null for the current context.</summary>
    public string? HostContext { get; }

    /// <summary>Member name to context name.</summary>
    public IReadOnlyDictionary<string, string> MemberContexts { get; }

    /// <summary>The context a target uses (null: the current context).</summary>
    public string? ContextOf(ClusterTarget target) =>
        target.Role == TargetRole.Host ? HostContext : MemberContexts.TryGetValue(target.Name, out var c) ? c : target.Name;

    /// <summary>The client of <paramref name="target"/>; throws when its context cannot be resolved.</summary>
    public KubeClient ClientFor(ClusterTarget target) =>
        _clients.GetOrAdd(target.Name, _ => new Lazy<KubeClient>(() => new KubeClient(Warn(Settings(target)), DiscoveryCache))).Value;

    /// <summary>A disk cache of discovery the clients start from (the kurator-sdk tool uses the user's); none by default.</summary>
    public DiscoveryCache? DiscoveryCache { get; init; }

    /// <summary>Where connection warnings go (certificate not verified, credentials withheld over http); standard error by default.</summary>
    public TextWriter Warnings { get; init; } = Console.Error;

    // Said once per cluster even when several targets share its context (the message names the cluster).
    private ConnectionSettings Warn(ConnectionSettings settings)
    {
        foreach (var warning in settings.Warnings.Where(w => _warned.TryAdd(w, true))) Warnings.WriteLine("warning: " + warning);
        return settings;
    }

    private readonly ConcurrentDictionary<string, bool> _warned = new(StringComparer.Ordinal);

    private ConnectionSettings Settings(ClusterTarget target)
    {
        if (target.Role == TargetRole.Member && _secretsPlan is { } plan && !MemberContexts.ContainsKey(target.Name))
        {
            return AttachedClusterKubeconfig.Resolve(plan, target.Name, () => ClientFor(plan.Host));
        }

        return ConnectionSettings.FromLoaded(_kubeconfigFile.Value, ContextOf(target));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            if (client.IsValueCreated) client.Value.Dispose();
        }
    }
}
