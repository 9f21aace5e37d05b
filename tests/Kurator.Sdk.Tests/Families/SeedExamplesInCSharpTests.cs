using System.IO;
using Kurator.Sdk.Kubernetes.Apps.V1;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Kubernetes.Meta.V1;
using Kurator.Sdk.Kurator.Apps.V1Alpha1;
using Kurator.Sdk.Kurator.Cluster.V1Alpha1;
using Kurator.Sdk.Kurator.Fleet.V1Alpha1;
using Kurator.Sdk.Tests.Support;
using Kurator.Sdk.Volcano.Scheduling.V1Beta1;
using Xunit;
using VolcanoJob = Kurator.Sdk.Volcano.Batch.V1Alpha1.Job;

namespace Kurator.Sdk.Tests.Families;

// Inside Kurator.Sdk.*, the runtime namespace Kurator.Sdk.Fleet would hide the Fleet type.
using Fleet = global::Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet;

/// <summary>The users' YAML examples written in C# with the typed API: the output must equal the YAML field for field.</summary>
public class SeedExamplesInCSharpTests
{
    private static string Seed(string name) => File.ReadAllText(RepoPaths.Fixture("seeds", name));

    [Fact]
    public void Application_from_git_with_two_kustomizations()
    {
        var fleet = new Fleet("quickstart", "default");
        var app = new Application("gitrepo-kustomization-demo", "default")
        {
            Spec = new()
            {
                Source = new()
                {
                    GitRepository = new()
                    {
                        Interval = "3m0s",
                        Ref = new() { Branch = "master" },
                        Timeout = "1m0s",
                        Url = "https://github.com/stefanprodan/podinfo",
                    },
                },
                SyncPolicies =
                [
                    new() { Destination = fleet, Kustomization = new() { Interval = "5m0s", Path = "./deploy/webapp", Prune = true, Timeout = "2m0s" } },
                    new() { Destination = fleet, Kustomization = new() { TargetNamespace = "default", Interval = "5m0s", Path = "./kustomize", Prune = true, Timeout = "2m0s" } },
                ],
            },
        };

        JsonAssert.SameYaml(Seed("application-gitrepo-kustomization.yaml"), app.ToYaml());
        Assert.Empty(app.Validate());
    }

    [Fact]
    public void Fleet_with_metric_plugin_built_fluently()
    {
        var fleet = new Fleet("quickstart", "default")
            .WithSpec(s => s
                .AddCluster(new AttachedCluster("kurator-member1"))
                .AddCluster(new AttachedCluster("kurator-member2"))
                .WithPlugin(p => p
                    .WithMetric(m => m.WithThanos(t => t.WithObjectStoreConfig(o => o.WithSecretName("thanos-objstore"))))
                    .WithGrafana(new FleetSpecPluginGrafana())));

        JsonAssert.SameYaml(Seed("fleet-metric-plugin.yaml"), fleet.ToYaml());
        Assert.Empty(fleet.Validate());
    }

    [Fact]
    public void Fleet_with_kyverno_pod_security_policy()
    {
        var fleet = new Fleet("quickstart", "default")
        {
            Spec = new()
            {
                Clusters =
                [
                    new() { Name = "kurator-member1", Kind = "AttachedCluster" },
                    new() { Name = "kurator-member2", Kind = "Cluster" },
                    new() { Name = "kurator-member3", Kind = "CustomCluster" },
                ],
                Plugin = new()
                {
                    Policy = new()
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
                    },
                },
            },
        };

        JsonAssert.SameYaml(Seed("fleet-policy-plugin.yaml"), fleet.ToYaml());
    }

    [Fact]
    public void AttachedCluster_kubeconfig_from_a_typed_secret()
    {
        var secret = new Secret("kurator-member1", "default") { StringData = new() { ["kurator-member1.config"] = "apiVersion: v1\nkind: Config\n" } };
        var cluster = new AttachedCluster("kurator-member1", "default") { Spec = new AttachedClusterSpec().WithKubeconfig(secret, "kurator-member1.config") };

        JsonAssert.SameYaml(Seed("attachedcluster.yaml"), cluster.ToYaml());
        Assert.Throws<System.ArgumentException>(() => new AttachedClusterSpec().WithKubeconfig(secret, "missing-key"));
    }

    [Fact]
    public void Fleet_member_from_an_AttachedCluster_object()
    {
        var member = new AttachedCluster("kurator-member1", "default");
        var fleet = new Fleet("quickstart", "default") { Spec = new FleetSpec().AddCluster(member) };

        JsonAssert.SameYaml(Seed("fleet-with-attachedcluster.yaml"), fleet.ToYaml());
    }

    [Fact]
    public void Edge_deployment_with_host_path_volumes()
    {
        var deployment = new Deployment("face-detection", "edge-apps")
        {
            Spec = new()
            {
                Replicas = 1,
                Selector = new() { MatchLabels = new() { ["app"] = "face-detection" } },
                Template = new()
                {
                    Metadata = new() { Labels = new() { ["app"] = "face-detection" } },
                    Spec = new()
                    {
                        NodeSelector = new() { ["node-role.kubernetes.io/edge"] = string.Empty },
                        Containers =
                        [
                            new()
                            {
                                Name = "detector",
                                Image = "my-registry/face-detector:v2.0",
                                Resources = new() { Limits = new() { ["nvidia.com/gpu"] = 1 } },
                                VolumeMounts =
                                [
                                    new() { Name = "model", MountPath = "/models" },
                                    new() { Name = "video", MountPath = "/dev/video0" },
                                ],
                            },
                        ],
                        Volumes =
                        [
                            new() { Name = "model", HostPath = new() { Path = "/data/models" } },
                            new() { Name = "video", HostPath = new() { Path = "/dev/video0" } },
                        ],
                    },
                },
            },
        };

        JsonAssert.SameYaml(Seed("deployment-face-detection.yaml"), deployment.ToYaml());
        Assert.Empty(deployment.Validate());
    }

    [Fact]
    public void Volcano_gang_scheduled_pytorch_job_uses_the_core_pod_template()
    {
        static PodTemplateSpec Trainer(params string[] args) => new()
        {
            Spec = new()
            {
                Containers =
                [
                    new()
                    {
                        Name = "pytorch",
                        Image = "pytorch/pytorch:2.0.0-cuda11.7-cudnn8-runtime",
                        Command = ["python", "train.py"],
                        Args = [.. args],
                        Resources = new() { Limits = new() { ["nvidia.com/gpu"] = 1 } },
                    },
                ],
            },
        };

        string[] common = ["--master-addr=pytorch-distributed-training-master-0", "--master-port=23456", "--world-size=16"];
        var job = new VolcanoJob("pytorch-distributed-training")
        {
            Spec = new()
            {
                MinAvailable = 16,
                SchedulerName = "volcano",
                Queue = "ai-training",
                Tasks =
                [
                    new() { Replicas = 1, Name = "master", Template = Trainer([.. common, "--rank=0"]) },
                    new() { Replicas = 15, Name = "worker", Template = Trainer(common) },
                ],
            },
        };

        JsonAssert.SameYaml(Seed("volcano-job-pytorch.yaml"), job.ToYaml());
        Assert.Empty(job.Validate());
    }

    [Fact]
    public void Volcano_queue_with_quantities()
    {
        var queue = new Queue("ai-training")
        {
            Spec = new() { Weight = 100, Capability = new() { ["cpu"] = 200, ["memory"] = "1000Gi", ["nvidia.com/gpu"] = 32 } },
        };

        JsonAssert.SameYaml(Seed("volcano-queue.yaml"), queue.ToYaml());
    }
}
