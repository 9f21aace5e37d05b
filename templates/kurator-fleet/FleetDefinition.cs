using Kurator.Sdk.Fleet;
using Kurator.Sdk.Kubernetes.Apps.V1;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Kurator.Apps.V1Alpha1;
using Kurator.Sdk.Kurator.Cluster.V1Alpha1;
using Kurator.Sdk.Kurator.Fleet.V1Alpha1;

namespace KuratorFleet;

/// <summary>The fleet: two attached member clusters, an application synced from Git, and a web workload on every member.</summary>
public static class FleetDefinition
{
    public const string Namespace = "default";
    public const string WebNamespace = "web";

    public static Fleet Define(KuratorApp app)
    {
        var member1 = Member(app, "member1");
        var member2 = Member(app, "member2");

        var fleet = app.Add(new Fleet("my-fleet", Namespace).WithSpec(s => s.AddCluster(member1).AddCluster(member2)));

        // Kurator distributes this application to every cluster of the fleet with Flux.
        app.Add(new Application("podinfo", Namespace)
        {
            Spec = new()
            {
                Source = new() { GitRepository = new() { Url = "https://github.com/stefanprodan/podinfo", Interval = "3m0s", Ref = new() { Branch = "master" } } },
                SyncPolicies = [new() { Destination = fleet, Kustomization = new() { Path = "./deploy/webapp", Interval = "5m0s", Prune = true } }],
            },
        });

        // Workloads applied straight to every member.
        app.Workloads(fleet, w =>
        {
            w.Add(new Namespace(WebNamespace));
            w.Add(Web());
        });
        return fleet;
    }

    /// <summary>An attached member and the Secret holding its kubeconfig, read from the file named by MEMBERn_KUBECONFIG (never kept in the project).</summary>
    private static AttachedCluster Member(KuratorApp app, string name)
    {
        var key = name + ".config";
        var file = Environment.GetEnvironmentVariable(name.ToUpperInvariant() + "_KUBECONFIG");
        var kubeconfig = file is not null && File.Exists(file) ? File.ReadAllText(file) : "apiVersion: v1\nkind: Config\n";
        var secret = app.Add(new Secret(name, Namespace) { StringData = new() { [key] = kubeconfig } });
        return app.Add(new AttachedCluster(name, Namespace) { Spec = new AttachedClusterSpec().WithKubeconfig(secret, key) });
    }

    /// <summary>A web server that passes the restricted Pod Security Standard (the analyzers fail the build otherwise).</summary>
    public static Deployment Web() => new("web", WebNamespace)
    {
        Spec = new()
        {
            Replicas = 2,
            Selector = new() { MatchLabels = new() { ["app"] = "web" } },
            Template = new()
            {
                Metadata = new() { Labels = new() { ["app"] = "web" } },
                Spec = new()
                {
                    SecurityContext = new() { RunAsNonRoot = true, RunAsUser = 10001, SeccompProfile = new() { Type = "RuntimeDefault" } },
                    Containers =
                    [
                        new()
                        {
                            Name = "web",
                            Image = "ghcr.io/stefanprodan/podinfo:6.7.1",
                            Ports = [new() { Name = "http", ContainerPortValue = 9898 }],
                            Resources = new() { Requests = new() { ["cpu"] = "100m", ["memory"] = "64Mi" }, Limits = new() { ["memory"] = "128Mi" } },
                            SecurityContext = new()
                            {
                                AllowPrivilegeEscalation = false,
                                ReadOnlyRootFilesystem = true,
                                Capabilities = new() { Drop = ["ALL"] },
                            },
                        },
                    ],
                },
            },
        },
    };
}
