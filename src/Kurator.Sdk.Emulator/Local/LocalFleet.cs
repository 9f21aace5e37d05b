using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Readiness;
using Kurator.Sdk.Fleet.Targets;

namespace Kurator.Sdk.Emulator.Local;

/// <summary>
/// The embedded emulated fleet for <c>--local</c>: a host cluster plus one cluster per fleet member (in-process API servers
/// with simulated controllers), the custom kinds the app uses registered from the embedded schemas, and a private
/// kubeconfig mapping every target to its context.
/// </summary>
public sealed class LocalFleet : ILocalFleet
{
    private readonly string _directory;
    private FileStream? _stateLock;

    private LocalFleet(KubeEmulator emulator, string directory, ClusterConnections connections)
    {
        Emulator = emulator;
        _directory = directory;
        Connections = connections;
    }

    /// <summary>The folder that keeps the fleet's objects between runs, or null when it starts empty and is forgotten.</summary>
    public string? StateDirectory { get; private set; }

    /// <summary>The running emulator: one cluster per target, named like it (<c>host</c>, then the members in plan order), as are the kubeconfig contexts.</summary>
    public KubeEmulator Emulator { get; }

    /// <summary>Connections to the emulated clusters.</summary>
    public ClusterConnections Connections { get; }

    /// <summary>Starts an empty emulated fleet for <paramref name="plan"/> and registers the CRDs its objects need.</summary>
    public static Task<LocalFleet> StartAsync(DeploymentPlan plan, CancellationToken cancellationToken = default) => StartAsync(plan, null, cancellationToken);

    /// <summary>
    /// Starts the emulated fleet for <paramref name="plan"/> with the objects <paramref name="stateDirectory"/> kept from earlier
    /// runs (saved back on dispose); clusters saved there that the plan no longer names (members that left) are started
    /// too, under their own context names, so their objects can be pruned. One process at a time may use a state folder.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another process is using <paramref name="stateDirectory"/>.</exception>
    public static async Task<LocalFleet> StartAsync(DeploymentPlan plan, string? stateDirectory, CancellationToken cancellationToken = default)
    {
        // Each emulated cluster (and its kubeconfig context) is named after its target: "host" and the member names.
        var options = new EmulatorOptions { SimulateControllers = true, StateDirectory = stateDirectory };
        foreach (var target in plan.Targets) options.ClusterNames.Add(target.Name);
        var stateLock = stateDirectory is null ? null : LockState(stateDirectory);
        if (stateDirectory is not null)
        {
            foreach (var saved in KubeEmulator.SavedClusterNames(stateDirectory).Where(n => !options.ClusterNames.Contains(n))) options.ClusterNames.Add(saved);
        }

        KubeEmulator emulator;
        try
        {
            emulator = await KubeEmulator.StartAsync(options);
        }
        catch
        {
            stateLock?.Dispose();
            throw;
        }

        var directory = Directory.CreateTempSubdirectory("kurator-sdk-local-").FullName;
        try
        {
            var kubeconfig = Path.Combine(directory, "kubeconfig");
            // Owner-only file; it holds the emulator's admin tokens and is deleted with the fleet.
            emulator.WriteKubeConfig(kubeconfig);
            var members = plan.Members.ToDictionary(m => m.Name, m => m.Name, StringComparer.Ordinal);
            var local = new LocalFleet(emulator, directory, new ClusterConnections(kubeconfig, plan.Host.Name, members)) { StateDirectory = stateDirectory, _stateLock = stateLock };
            foreach (var target in plan.Targets) await RegisterCrdsAsync(local.Connections.ClientFor(target), target, cancellationToken);
            await EmulatedOcmHub.PrepareAsync(local.Connections.ClientFor(plan.Host), plan.Host, cancellationToken);
            return local;
        }
        catch
        {
            await emulator.DisposeAsync();
            stateLock?.Dispose();
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    private static FileStream LockState(string stateDirectory)
    {
        Directory.CreateDirectory(stateDirectory);
        try
        {
            // Held open and unshared for the fleet's lifetime: two runs on one state would overwrite each other's objects.
            return new FileStream(Path.Combine(stateDirectory, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException($"the local fleet state in {stateDirectory} is in use by another run ({e.Message})", e);
        }
    }

    private static async Task RegisterCrdsAsync(KubeClient client, ClusterTarget target, CancellationToken cancellationToken)
    {
        var crds = CrdCatalog.For(target.Objects.Select(o => ((string)o["apiVersion"]!, (string)o["kind"]!)));
        foreach (var crd in crds) await client.ApplyAsync(crd, new ApplyOptions { FieldManager = "kurator-sdk-local" }, cancellationToken);
        var refs = crds.Select(c => new ObjectRef("apiextensions.k8s.io/v1", "CustomResourceDefinition", null, (string)c["metadata"]!["name"]!)).ToList();
        var statuses = await ReadinessWaiter.WaitAsync(client, refs, 4, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(100), cancellationToken);
        var stuck = statuses.Where(s => s.Value.Kind != StatusKind.Current).Select(s => s.Key.Name).ToList();
        if (stuck.Count > 0) throw new InvalidOperationException("emulated CRDs not established: " + string.Join(", ", stuck));
        client.Mapper.Invalidate();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Connections.Dispose();
        try
        {
            if (StateDirectory is not null) Emulator.SaveState();
        }
        finally
        {
            await Emulator.DisposeAsync();
            _stateLock?.Dispose();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
