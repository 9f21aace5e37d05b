using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace Kurator.Sdk.Emulator.Tests;

/// <summary>One emulated cluster per test class, with its kubeconfig and a fresh kubectl discovery cache.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public KubeEmulator Emulator { get; private set; } = null!;
    public EmulatedCluster Cluster => Emulator.Clusters[0];
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "kurator-emulator-tests-" + Guid.NewGuid().ToString("N"));
    public string KubeConfigPath => Path.Combine(Directory, "kubeconfig");
    public Kubectl Kubectl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        Emulator = await KubeEmulator.StartAsync(new EmulatorOptions { Clusters = 1 });
        Emulator.WriteKubeConfig(KubeConfigPath);
        Kubectl = new Kubectl(KubeConfigPath, Path.Combine(Directory, "cache"));
    }

    public async Task DisposeAsync()
    {
        await Emulator.DisposeAsync();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
