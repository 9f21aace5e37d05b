using System;
using System.IO;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Kubernetes.Apps.V1;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Kurator.Apps.V1Alpha1;
using Kurator.Sdk.Kurator.Cluster.V1Alpha1;
using Kurator.Sdk.Kurator.Fleet.V1Alpha1;

namespace Quickstart;

/// <summary>The Kurator quickstart fleet: two attached clusters, metrics and pod-security plugins, podinfo from Git, and a web Deployment on each member.</summary>
public static class QuickstartFleet
{
    public const string Namespace = "default";
    public const string WebNamespace = "quickstart-web";

    public static Fleet Define(KuratorApp app)
    {
        var member1 = Member(app, "kurator-member1");
        var member2 = Member(app, "kurator-member2");

        // Thanos reads its bucket settings from this Secret; a filesystem store keeps the sample self-contained.
        app.Add(new Secret("thanos-objstore", Namespace) { StringData = new() { ["objstore.yml"] = "type: FILESYSTEM\nconfig:\n  directory: /var/thanos\n" } });

        var fleet = app.Add(new Fleet("quickstart", Namespace)
            .WithSpec(s => s
                .AddCluster(member1)
                .AddCluster(member2)
                .WithPlugin(p => p
                    .WithMetric(m => m.WithThanos(t => t.WithObjectStoreConfig(o => o.WithSecretName("thanos-objstore"))))
                    .WithGrafana(new FleetSpecPluginGrafana())
                    .WithPolicy(new FleetSpecPluginPolicy
                    {
                        Kyverno = new()
                        {
                            PodSecurity = new()
                            {
                                Standard = FleetSpecPluginPolicyKyvernoPodSecurityStandard.Baseline,
                                Severity = FleetSpecPluginPolicyKyvernoPodSecuritySeverity.High,
                                ValidationFailureAction = FleetSpecPluginPolicyKyvernoPodSecurityValidationFailureAction.Audit,
                            },
                        },
                    }))));

        app.Add(new Application("gitrepo-kustomization-demo", Namespace)
        {
            Spec = new()
            {
                Source = new()
                {
                    GitRepository = new() { Interval = "3m0s", Ref = new() { Branch = "master" }, Timeout = "1m0s", Url = "https://github.com/stefanprodan/podinfo" },
                },
                SyncPolicies =
                [
                    new() { Destination = fleet, Kustomization = new() { Interval = "5m0s", Path = "./deploy/webapp", Prune = true, Timeout = "2m0s" } },
                    new() { Destination = fleet, Kustomization = new() { TargetNamespace = "default", Interval = "5m0s", Path = "./kustomize", Prune = true, Timeout = "2m0s" } },
                ],
            },
        });

        app.Workloads(fleet, w =>
        {
            w.Add(new Namespace(WebNamespace));
            w.Add(Web());
        });
        return fleet;
    }

    /// <summary>An attached member and the Secret holding its kubeconfig (read from a file named by an environment variable, never from the repository).</summary>
    private static AttachedCluster Member(KuratorApp app, string name)
    {
        var key = name + ".config";
        var file = Environment.GetEnvironmentVariable(name.Replace('-', '_').ToUpperInvariant() + "_KUBECONFIG");
        var kubeconfig = file is not null && File.Exists(file) ? File.ReadAllText(file) : "apiVersion: v1\nkind: Config\n";
        var secret = app.Add(new Secret(name, Namespace) { StringData = new() { [key] = kubeconfig } });
        return app.Add(new AttachedCluster(name, Namespace) { Spec = new AttachedClusterSpec().WithKubeconfig(secret, key) });
    }

    /// <summary>A web server that passes the restricted Pod Security Standard.</summary>
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
                            Name = "podinfo",
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
