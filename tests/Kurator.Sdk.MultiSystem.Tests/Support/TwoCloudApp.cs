using System.IO;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Kurator.Cluster.V1Alpha1;
using FleetObject = Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet;

namespace Kurator.Sdk.MultiSystem.Tests.Support;

/// <summary>A small app named <c>dup</c>: a fleet <c>f</c> in <c>default</c> with members aws-1 and aliyun-1 (labelled by provider), renderable by every target.</summary>
internal static class TwoCloudApp
{
    public const string Name = "dup";

    public static (KuratorApp App, FleetObject Fleet) Create(System.Action<FleetObject>? configureFleet = null)
    {
        var app = new KuratorApp([], Name) { Output = new StringWriter() };
        app.Delivery.GitRepository = "https://github.com/example/dup-gitops";
        var fleet = new FleetObject("f", "default") { Spec = new() };
        foreach (var (name, provider) in new[] { ("aws-1", "aws"), ("aliyun-1", "aliyun") })
        {
            var secret = app.Add(new Secret(name, "default") { StringData = new() { ["config"] = "apiVersion: v1\nkind: Config\n" } });
            fleet.Spec.AddCluster(app.Add(new AttachedCluster(name, "default") { Metadata = { Labels = new() { ["provider"] = provider } }, Spec = new AttachedClusterSpec().WithKubeconfig(secret, "config") }));
        }

        configureFleet?.Invoke(fleet);
        app.Add(fleet);
        return (app, fleet);
    }

    /// <summary>Runs <paramref name="args"/> and returns the exit code and everything the app printed (line breaks removed, as tables wrap).</summary>
    public static async System.Threading.Tasks.Task<(int Code, string Output)> RunAsync(KuratorApp app, params string[] args)
    {
        var output = new StringWriter();
        app.Output = output;
        var code = await app.RunAsync(args);
        return (code, output.ToString().Replace("\n", "", System.StringComparison.Ordinal));
    }
}
