using System;
using System.IO;
using Kurator.Sdk.ClusterApi.Bootstrap.V1Beta2;
using Kurator.Sdk.ClusterApi.Controlplane.V1Beta2;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Kurator.Infrastructure.V1Alpha1;
using CapiCluster = Kurator.Sdk.ClusterApi.Cluster.V1Beta2.Cluster;
using MachineDeployment = Kurator.Sdk.ClusterApi.Cluster.V1Beta2.MachineDeployment;
using static ClusterLifecycle.CapiRefs;

namespace ClusterLifecycle;

/// <summary>
/// A Cluster API cluster on existing machines: Cluster, KubeadmControlPlane, MachineDeployment and its
/// KubeadmConfigTemplate, with Kurator's own infrastructure provider (CustomCluster, CustomMachine) naming the hosts.
/// </summary>
public static class OnPremCluster
{
    public const string Namespace = "edge-clusters";
    public const string Name = "edge-1";
    public const string KubernetesVersion = "v1.33.4";

    public static CapiCluster Define(KuratorApp app)
    {
        app.Add(new Namespace(Namespace));
        var sshKey = app.Add(SshKey());
        var machines = app.Add(Machines(sshKey));
        var infrastructure = app.Add(new CustomCluster(Name, Namespace)
        {
            Spec = new()
            {
                Cni = new() { Type = "cilium" },
                ControlPlaneConfig = new() { Address = "192.0.2.10", CertSANs = ["edge-1.example.internal"] },
                MachineRef = new() { ApiVersion = machines.ApiVersion, Kind = machines.Kind, Name = NameOf(machines), Namespace = Namespace },
            },
        });

        var controlPlane = app.Add(ControlPlane(machines));
        var cluster = app.Add(new CapiCluster(Name, Namespace)
        {
            Spec = new()
            {
                ClusterNetwork = new()
                {
                    Pods = new() { CidrBlocks = ["10.244.0.0/16"] },
                    Services = new() { CidrBlocks = ["10.96.0.0/12"] },
                },
                ControlPlaneRef = new() { ApiGroup = GroupOf(controlPlane), Kind = controlPlane.Kind, Name = NameOf(controlPlane) },
                InfrastructureRef = new() { ApiGroup = GroupOf(infrastructure), Kind = infrastructure.Kind, Name = NameOf(infrastructure) },
            },
        });

        var workerBootstrap = app.Add(new KubeadmConfigTemplate(Name + "-workers", Namespace)
        {
            Spec = new()
            {
                Template = new()
                {
                    Spec = new()
                    {
                        JoinConfiguration = new() { NodeRegistration = new() { KubeletExtraArgs = [new() { Name = "node-labels", Value = "tier=edge" }] } },
                    },
                },
            },
        });
        app.Add(Workers(cluster, workerBootstrap, machines));
        return cluster;
    }

    /// <summary>The SSH key Kurator's provider logs in with, read from the file named by EDGE_SSH_KEY_FILE (never from the repository).</summary>
    private static Secret SshKey()
    {
        var file = Environment.GetEnvironmentVariable("EDGE_SSH_KEY_FILE");
        var key = file is not null && File.Exists(file) ? File.ReadAllText(file) : "";
        return new Secret(Name + "-ssh", Namespace) { Type = "kubernetes.io/ssh-auth", StringData = new() { ["ssh-privatekey"] = key } };
    }

    /// <summary>The hosts: one control-plane machine and two workers (documentation addresses, RFC 5737).</summary>
    private static CustomMachine Machines(Secret sshKey)
    {
        ObjectReference key = new() { ApiVersion = sshKey.ApiVersion, Kind = sshKey.Kind, Name = NameOf(sshKey), Namespace = Namespace };
        return new CustomMachine(Name, Namespace)
        {
            Spec = new()
            {
                Master = [new() { HostName = "edge-1-cp-0", PrivateIP = "192.0.2.11", PublicIP = "198.51.100.11", SshKey = key }],
                Node =
                [
                    new() { HostName = "edge-1-worker-0", PrivateIP = "192.0.2.21", PublicIP = "198.51.100.21", SshKey = key },
                    new() { HostName = "edge-1-worker-1", PrivateIP = "192.0.2.22", PublicIP = "198.51.100.22", SshKey = key },
                ],
            },
        };
    }

    private static KubeadmControlPlane ControlPlane(CustomMachine machines) => new(Name + "-control-plane", Namespace)
    {
        Spec = new()
        {
            Replicas = 1,
            Version = KubernetesVersion,
            MachineTemplate = new()
            {
                Spec = new() { InfrastructureRef = new() { ApiGroup = GroupOf(machines), Kind = machines.Kind, Name = NameOf(machines) } },
            },
            KubeadmConfigSpec = new()
            {
                ClusterConfiguration = new()
                {
                    ApiServer = new() { CertSANs = ["edge-1.example.internal"], ExtraArgs = [new() { Name = "audit-log-maxage", Value = "30" }] },
                },
                InitConfiguration = new() { NodeRegistration = new() { KubeletExtraArgs = [new() { Name = "node-labels", Value = "tier=control-plane" }] } },
            },
        },
    };

    private static MachineDeployment Workers(CapiCluster cluster, KubeadmConfigTemplate bootstrap, CustomMachine machines)
    {
        var labels = new System.Collections.Generic.Dictionary<string, string> { ["cluster.x-k8s.io/cluster-name"] = NameOf(cluster), ["pool"] = "workers" };
        return new MachineDeployment(Name + "-workers", Namespace)
        {
            Spec = new()
            {
                ClusterName = NameOf(cluster),
                Replicas = 2,
                Selector = new() { MatchLabels = new(labels) },
                Template = new()
                {
                    Metadata = new() { Labels = new(labels) },
                    Spec = new()
                    {
                        ClusterName = NameOf(cluster),
                        Version = KubernetesVersion,
                        Bootstrap = new() { ConfigRef = new() { ApiGroup = GroupOf(bootstrap), Kind = bootstrap.Kind, Name = NameOf(bootstrap) } },
                        InfrastructureRef = new() { ApiGroup = GroupOf(machines), Kind = machines.Kind, Name = NameOf(machines) },
                    },
                },
            },
        };
    }
}
