using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Emulator.Config;
using Kurator.Sdk.Emulator.Storage;
using Kurator.Sdk.Emulator.Tls;

namespace Kurator.Sdk.Emulator;

/// <summary>
/// An in-process Kubernetes API emulator: one or many API servers on 127.0.0.1 speaking the real wire protocol
/// (discovery, OpenAPI v3, server-side apply with managedFields, watch, Status errors) over TLS from a generated CA.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await KubeEmulator.StartAsync(new EmulatorOptions { Clusters = 2 });
/// emulator.WriteKubeConfig("kubeconfig.yaml"); // contexts cluster-1, cluster-2
/// </code>
/// </example>
public sealed class KubeEmulator : IAsyncDisposable
{
    private readonly CertificateAuthority _ca;
    private string? _stateDirectory;

    private KubeEmulator(CertificateAuthority ca, IReadOnlyList<EmulatedCluster> clusters)
    {
        _ca = ca;
        Clusters = clusters;
    }

    /// <summary>The emulated clusters, in the order of their names (numbered, or as <see cref="EmulatorOptions.ClusterNames"/> lists them).</summary>
    public IReadOnlyList<EmulatedCluster> Clusters { get; }

    /// <summary>The cluster with the given name (also its kubeconfig context name).</summary>
    public EmulatedCluster this[string name] => Clusters.First(c => c.Name == name);

    /// <summary>Starts the emulated clusters.</summary>
    /// <exception cref="ArgumentException">No cluster, or a cluster name that is empty, repeated or not usable as a context name.</exception>
    public static async Task<KubeEmulator> StartAsync(EmulatorOptions? options = null)
    {
        options ??= new EmulatorOptions();
        var names = options.ResolveNames();
        var ca = new CertificateAuthority();
        var clusters = names.Select((name, i) => new EmulatedCluster(name, ca, options.Seed + i + 1)).ToList();
        try
        {
            await Task.WhenAll(clusters.Select(c => c.StartAsync(options)));
        }
        catch
        {
            foreach (var c in clusters) await c.DisposeAsync();
            ca.Dispose();
            throw;
        }
        return new KubeEmulator(ca, clusters) { _stateDirectory = options.StateDirectory };
    }

    /// <summary>The names of the clusters whose state <paramref name="stateDirectory"/> holds (none when it does not exist).</summary>
    public static IReadOnlyList<string> SavedClusterNames(string stateDirectory) =>
        Directory.Exists(stateDirectory)
            ? Directory.GetFiles(stateDirectory, "*" + StateFile.Extension).Select(f => Path.GetFileName(f)[..^StateFile.Extension.Length]).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>
    /// Writes every cluster's objects to <see cref="EmulatorOptions.StateDirectory"/>, for the next start to load: each file is
    /// written in full beside the old one and then renamed over it, so a process ended meanwhile leaves the previous state.
    /// </summary>
    /// <exception cref="InvalidOperationException">The emulator was started without a state directory.</exception>
    public void SaveState()
    {
        var directory = _stateDirectory ?? throw new InvalidOperationException("The emulator was started without EmulatorOptions.StateDirectory.");
        Directory.CreateDirectory(directory);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        // Every cluster is written before any file is replaced, so an interrupt while writing leaves the previous state
        // whole; only the renames at the end are not one step.
        var prepared = Clusters.Select(c => c.PrepareState(directory)).ToList();
        foreach (var (temp, path) in prepared) StateFile.Commit(temp, path);
    }

    /// <summary>The kubeconfig text: one cluster, user (bearer token) and context per emulated cluster; the first is current.</summary>
    public string KubeConfigYaml() => KubeConfigWriter.Write(Clusters);

    /// <summary>Writes <see cref="KubeConfigYaml"/> to <paramref name="path"/> (owner-only permissions on Unix, as it holds tokens).</summary>
    public void WriteKubeConfig(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, KubeConfigYaml());
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(full, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var c in Clusters) await c.DisposeAsync();
        _ca.Dispose();
    }
}
