using System;
using System.IO;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Fleet.Overrides;
using Kurator.Sdk.Kubernetes.Apps.V1;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Kurator.Cluster.V1Alpha1;
using Kurator.Sdk.Kurator.Fleet.V1Alpha1;

namespace MultiSystem;

/// <summary>
/// Three clusters on three clouds (labelled provider=aws/huawei/aliyun), one web Deployment and its Service, with
/// per-cluster overrides: aws runs 5 replicas, huawei pulls the image from its own registry, aliyun keeps the defaults.
/// </summary>
public static class MultiSystemFleet
{
    public const string Namespace = "default";
    public const string WebNamespace = "web";
    public const string HuaweiRegistry = "swr.cn-north-4.myhuaweicloud.com";
    public const string HuaweiRepository = "my-org/nginx-unprivileged";

    public static Fleet Define(KuratorApp app)
    {
        var aws = Member(app, "aws-1", "aws");
        var huawei = Member(app, "huawei-1", "huawei");
        var aliyun = Member(app, "aliyun-1", "aliyun");
        var fleet = app.Add(new Fleet("multi-cloud", Namespace) { Spec = new FleetSpec().AddCluster(aws).AddCluster(huawei).AddCluster(aliyun) });

        // Where the kurator target's GitOps directory is pushed (synth writes it under out/gitops/multisystem).
        app.Delivery.GitRepository = "https://github.com/example/multisystem-gitops";

        app.Workloads(fleet, w =>
        {
            w.Add(new Namespace(WebNamespace));
            w.Add(Web())
                .Override(c => c.Labels["provider"] == "aws", (Deployment d) => d.Spec!.Replicas = 5)
                .Override(ClusterSelector.Labelled("provider", "huawei"), o => o.Image(registry: HuaweiRegistry, repository: HuaweiRepository));
            w.Add(Service());
        });
        return fleet;
    }

    /// <summary>An attached member labelled with its provider, and the Secret holding its kubeconfig (read from a file named by an environment variable, never from the repository).</summary>
    private static AttachedCluster Member(KuratorApp app, string name, string provider)
    {
        var key = name + ".config";
        var file = Environment.GetEnvironmentVariable(name.Replace('-', '_').ToUpperInvariant() + "_KUBECONFIG");
        var kubeconfig = file is not null && File.Exists(file) ? File.ReadAllText(file) : "apiVersion: v1\nkind: Config\n";
        var secret = app.Add(new Secret(name, Namespace) { StringData = new() { [key] = kubeconfig } });
        return app.Add(new AttachedCluster(name, Namespace)
        {
            Metadata = { Labels = new() { ["provider"] = provider } },
            Spec = new AttachedClusterSpec().WithKubeconfig(secret, key),
        });
    }

    /// <summary>nginx as a non-root web server that passes the restricted Pod Security Standard.</summary>
    public static Deployment Web() => new("web", WebNamespace)
    {
        Spec = new()
        {
            Replicas = 3,
            Selector = new() { MatchLabels = new() { ["app"] = "web" } },
            Template = new()
            {
                Metadata = new() { Labels = new() { ["app"] = "web" } },
                Spec = new()
                {
                    SecurityContext = new() { RunAsNonRoot = true, RunAsUser = 101, SeccompProfile = new() { Type = "RuntimeDefault" } },
                    Containers =
                    [
                        new()
                        {
                            Name = "nginx",
                            Image = "nginxinc/nginx-unprivileged:1.25.0",
                            Ports = [new() { Name = "http", ContainerPortValue = 8080 }],
                            Resources = new() { Requests = new() { ["cpu"] = "100m", ["memory"] = "64Mi" }, Limits = new() { ["memory"] = "128Mi" } },
                            SecurityContext = new()
                            {
                                AllowPrivilegeEscalation = false,
                                Capabilities = new() { Drop = ["ALL"] },
                            },
                        },
                    ],
                },
            },
        },
    };

    public static Service Service() => new("web", WebNamespace)
    {
        Spec = new()
        {
            Selector = new() { ["app"] = "web" },
            Ports = [new() { Name = "http", Port = 80, TargetPort = "http" }],
        },
    };
}
