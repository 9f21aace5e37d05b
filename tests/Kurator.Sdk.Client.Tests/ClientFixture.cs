using System;
using System.IO;
using System.Threading.Tasks;
using Kurator.Sdk.Emulator;
using Xunit;

namespace Kurator.Sdk.Client.Tests;

/// <summary>One emulated cluster per test class, its kubeconfig on disk, and a client for its admin context.</summary>
public sealed class ClientFixture : IAsyncLifetime
{
    public KubeEmulator Emulator { get; private set; } = null!;
    public EmulatedCluster Cluster => Emulator.Clusters[0];
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "kurator-client-tests-" + Guid.NewGuid().ToString("N"));
    public string KubeConfigPath => Path.Combine(Directory, "kubeconfig");
    public KubeClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        var options = new EmulatorOptions { Clusters = 1 };
        options.ExtraServerNames.Add("kube.internal");
        Emulator = await KubeEmulator.StartAsync(options);
        Emulator.WriteKubeConfig(KubeConfigPath);
        Client = KubeClient.FromKubeConfig(KubeConfigPath);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }

    /// <summary>A file in the fixture's temp directory.</summary>
    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Directory, name);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }
}
