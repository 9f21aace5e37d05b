using System;
using System.Collections.Generic;
using System.IO;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Kurator.Cluster.V1Alpha1;
using Kurator.Sdk.Kurator.Fleet.V1Alpha1;
using Kurator.Sdk.Volcano.Batch.V1Alpha1;
using Kurator.Sdk.Volcano.Scheduling.V1Beta1;
using VolcanoJob = Kurator.Sdk.Volcano.Batch.V1Alpha1.Job;

namespace AiTraining;

/// <summary>
/// An AI-training fleet: two attached GPU clusters under a restricted, enforced Kyverno pod-security policy, and on each
/// member a Volcano Queue and a gang-scheduled distributed PyTorch Job (one master, three workers, one GPU each).
/// </summary>
public static class TrainingFleet
{
    public const string Namespace = "default";
    public const string TrainingNamespace = "ai-training";
    public const int Workers = 3;

    /// <summary>Port of the PyTorch rendezvous; the Volcano pytorch plugin exports it as MASTER_PORT.</summary>
    private const int MasterPort = 23456;

    private const string Image = "pytorch/pytorch:2.0.0-cuda11.7-cudnn8-runtime";

    public static Fleet Define(KuratorApp app)
    {
        var gpu1 = Member(app, "gpu-cluster-01");
        var gpu2 = Member(app, "gpu-cluster-02");

        // Enforce makes restricted findings blocking: `apply` refuses a pod the members' Kyverno would reject.
        var fleet = app.Add(new Fleet("ai-training", Namespace)
            .WithSpec(s => s
                .AddCluster(gpu1)
                .AddCluster(gpu2)
                .WithPlugin(p => p.WithPolicy(new FleetSpecPluginPolicy
                {
                    Kyverno = new()
                    {
                        PodSecurity = new()
                        {
                            Standard = FleetSpecPluginPolicyKyvernoPodSecurityStandard.Restricted,
                            Severity = FleetSpecPluginPolicyKyvernoPodSecuritySeverity.High,
                            ValidationFailureAction = FleetSpecPluginPolicyKyvernoPodSecurityValidationFailureAction.Enforce,
                        },
                    },
                }))));

        app.Workloads(fleet, w =>
        {
            w.Add(new Namespace(TrainingNamespace));
            var queue = w.Add(Queue());
            w.Add(PyTorchJob(queue));
        });
        return fleet;
    }

    /// <summary>An attached member and the Secret holding its kubeconfig (read from a file named by an environment variable, never from the repository).</summary>
    private static AttachedCluster Member(KuratorApp app, string name)
    {
        var key = name + ".config";
        var file = Environment.GetEnvironmentVariable(name.Replace('-', '_').ToUpperInvariant() + "_KUBECONFIG");
        var kubeconfig = file is not null && File.Exists(file) ? File.ReadAllText(file) : "apiVersion: v1\nkind: Config\n";
        var secret = app.Add(new Secret(name + "-kubeconfig", Namespace) { StringData = new() { [key] = kubeconfig } });
        return app.Add(new AttachedCluster(name, Namespace) { Spec = new AttachedClusterSpec().WithKubeconfig(secret, key) });
    }

    /// <summary>The queue the training job is admitted through: a share of each member's CPU, memory and GPUs.</summary>
    public static Queue Queue() => new("ai-training")
    {
        Spec = new()
        {
            Weight = 100,
            Reclaimable = false,
            Capability = new() { ["cpu"] = 64, ["memory"] = "256Gi", ["nvidia.com/gpu"] = 8 },
        },
    };

    /// <summary>
    /// Gang-scheduled training: Volcano starts no pod until all 1 + <see cref="Workers"/> can run (minAvailable). The
    /// pytorch plugin sets MASTER_ADDR, MASTER_PORT, WORLD_SIZE and RANK in every pod; svc gives the pods stable DNS names
    /// and env their task index.
    /// </summary>
    public static VolcanoJob PyTorchJob(Queue queue) => new("pytorch-distributed-training", TrainingNamespace)
    {
        Spec = new()
        {
            MinAvailable = 1 + Workers,
            SchedulerName = "volcano",
            Queue = queue.Name,
            MaxRetry = 3,
            Plugins = new()
            {
                ["pytorch"] = ["--master=master", "--worker=worker", $"--port={MasterPort}"],
                ["svc"] = [],
                ["env"] = [],
            },
            Policies = [new() { Event = JobSpecPolicyEvent.PodEvicted, Action = "RestartJob" }],
            Tasks =
            [
                new()
                {
                    Name = "master",
                    Replicas = 1,
                    // The job is done when the master finishes, whatever the workers are doing.
                    Policies = [new() { Event = JobSpecPolicyEvent.TaskCompleted, Action = "CompleteJob" }],
                    Template = Trainer("master"),
                },
                new() { Name = "worker", Replicas = Workers, Template = Trainer("worker") },
            ],
        },
    };

    /// <summary>A training pod that passes the restricted Pod Security Standard, with one GPU.</summary>
    private static PodTemplateSpec Trainer(string role) => new()
    {
        Metadata = new() { Labels = new() { ["app"] = "pytorch-training", ["role"] = role } },
        Spec = new()
        {
            RestartPolicy = "OnFailure",
            SecurityContext = new() { RunAsNonRoot = true, RunAsUser = 1000, RunAsGroup = 1000, SeccompProfile = new() { Type = "RuntimeDefault" } },
            Containers =
            [
                new()
                {
                    Name = "pytorch",
                    Image = Image,
                    Command = ["python", "/workspace/train.py"],
                    Args = ["--epochs=10", "--backend=nccl"],
                    Ports = [new() { Name = "rendezvous", ContainerPortValue = MasterPort }],
                    Resources = new()
                    {
                        Requests = new() { ["cpu"] = "4", ["memory"] = "16Gi", ["nvidia.com/gpu"] = 1 },
                        Limits = new() { ["memory"] = "16Gi", ["nvidia.com/gpu"] = 1 },
                    },
                    SecurityContext = new()
                    {
                        AllowPrivilegeEscalation = false,
                        Capabilities = new() { Drop = ["ALL"] },
                    },
                },
            ],
        },
    };
}
