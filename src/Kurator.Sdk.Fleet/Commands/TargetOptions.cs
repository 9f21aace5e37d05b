using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Targets;

namespace Kurator.Sdk.Fleet.Commands;

/// <summary>The options that choose the clusters a command talks to: <c>--local</c>, or kubeconfig contexts.</summary>
internal sealed class TargetOptions
{
    public Option<bool> Local { get; } = new("--local") { Description = "Start the embedded emulated fleet (a host plus one cluster per fleet member, simulated controllers) and run against it" };

    public Option<string?> LocalState { get; } = new("--local-state")
    {
        Description = "With --local: the folder that keeps the emulated fleet's objects between runs (default: <temp>/kurator-sdk-local/<app>)",
    };

    public Option<bool> LocalEphemeral { get; } = new("--local-ephemeral")
    {
        Description = "With --local: start an empty emulated fleet and forget it afterwards (nothing is kept between runs)",
    };

    public Option<string?> Kubeconfig { get; } = new("--kubeconfig") { Description = "The kubeconfig file (default: KUBECONFIG, then ~/.kube/config)" };

    public Option<string?> Context { get; } = new("--context") { Description = "The Kurator host's context (default: the current context)" };

    public Option<string[]> Members { get; } = new("--member")
    {
        Description = "member=context: the context of a fleet member (default: the context named like the member); repeatable",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> MembersFromSecrets { get; } = new("--members-from-secrets")
    {
        Description = "Reach each member (not given by --member) through its AttachedCluster's kubeconfig Secret, as Kurator does",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(MembersFromSecrets);
        command.Options.Add(Local);
        command.Options.Add(LocalState);
        command.Options.Add(LocalEphemeral);
        command.Options.Add(Kubeconfig);
        command.Options.Add(Context);
        command.Options.Add(Members);
    }

    /// <summary>
    /// Where <c>--local</c> keeps its fleet: <c>--local-state</c>, else nowhere with <c>--local-ephemeral</c>, else a folder per
    /// app under the temp folder, so apply, status, diff and destroy see one fleet whatever the app writes its output to.
    /// </summary>
    private string? LocalStateOf(ParseResult result, DeploymentPlan plan)
    {
        var dir = result.GetValue(LocalState);
        if (result.GetValue(LocalEphemeral))
        {
            if (dir is not null) throw new ArgumentException("--local-state and --local-ephemeral exclude each other: keep the fleet in a folder, or keep nothing");
            return null;
        }

        if (dir is not null)
        {
            if (dir.Length == 0) throw new ArgumentException("--local-state needs a folder");
            return Path.GetFullPath(dir);
        }

        return Path.Combine(Path.GetTempPath(), "kurator-sdk-local", plan.AppName);
    }

    /// <summary>Opens the targets; the returned session owns the emulator when <c>--local</c> was given.</summary>
    public async Task<TargetSession> OpenAsync(ParseResult result, DeploymentPlan plan, CancellationToken cancellationToken)
    {
        if (result.GetValue(Local))
        {
            var state = LocalStateOf(result, plan);
            var local = await LocalFleetLoader.Load().StartAsync(plan, state, cancellationToken);
            return new TargetSession(local.Connections, local);
        }

        if (result.GetValue(LocalState) is not null) throw new ArgumentException("--local-state needs --local");
        if (result.GetValue(LocalEphemeral)) throw new ArgumentException("--local-ephemeral needs --local");
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in result.GetValue(Members) ?? [])
        {
            var parts = pair.Split('=', 2);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0) throw new ArgumentException($"--member expects member=context, got '{pair}'");
            members[parts[0]] = parts[1];
        }

        var unknown = members.Keys.Except(plan.Members.Select(m => m.Name)).ToList();
        if (unknown.Count > 0) throw new ArgumentException("--member names no fleet member: " + string.Join(", ", unknown));
        var fromSecrets = result.GetValue(MembersFromSecrets) ? plan : null;
        return new TargetSession(new ClusterConnections(result.GetValue(Kubeconfig), result.GetValue(Context), members, fromSecrets), null);
    }
}

/// <summary>Open connections, and the emulated fleet behind them if any.</summary>
internal sealed class TargetSession(ClusterConnections connections, ILocalFleet? local) : IAsyncDisposable
{
    public ClusterConnections Connections => connections;

    public bool IsLocal => local is not null;

    /// <summary>Where the emulated fleet is kept between runs (null: not kept, or not local).</summary>
    public string? LocalState => local?.StateDirectory;

    public async ValueTask DisposeAsync()
    {
        if (local is not null) await local.DisposeAsync();
        else connections.Dispose();
    }
}
