using System.Collections.Generic;
using Kurator.Sdk;
using Kurator.Sdk.Kubernetes.Apps.V1;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Kurator.Apps.V1Alpha1;

namespace PolicyViolations;

/// <summary>
/// Typical violations, one per workload; apart from its own violation each workload passes the restricted standard,
/// so every warning in the build points at exactly one mistake.
/// </summary>
public static class Violations
{
    public const string Namespace = "edge-apps";

    /// <summary>Every member workload, namespace first.</summary>
    public static IEnumerable<KubeObject> All() =>
        [new Namespace(Namespace), FaceDetection(), NodeDebugger(), EdgeIngress(), MetricsAgent(), LatestTag(), NoResources()];

    /// <summary>The seed's edge face-detection Deployment, field for field: hostPath volumes and no securityContext at all.</summary>
    public static Deployment FaceDetection() => new("face-detection", Namespace)
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
                    NodeSelector = new() { ["node-role.kubernetes.io/edge"] = "" },
                    Containers =
                    [
                        new()
                        {
                            Name = "detector",
                            Image = "my-registry/face-detector:v2.0",
                            Resources = new() { Limits = new() { ["nvidia.com/gpu"] = 1 } },
                            VolumeMounts = [new() { Name = "model", MountPath = "/models" }, new() { Name = "video", MountPath = "/dev/video0" }],
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

    /// <summary>A privileged container (baseline: Privileged Containers).</summary>
    public static Deployment NodeDebugger() => new("node-debugger", Namespace)
    {
        Spec = new()
        {
            Selector = new() { MatchLabels = new() { ["app"] = "node-debugger" } },
            Template = new()
            {
                Metadata = new() { Labels = new() { ["app"] = "node-debugger" } },
                Spec = new()
                {
                    SecurityContext = new() { RunAsNonRoot = true, RunAsUser = 10001, SeccompProfile = new() { Type = "RuntimeDefault" } },
                    Containers =
                    [
                        new()
                        {
                            Name = "debugger",
                            Image = "busybox:1.37.0",
                            Resources = new() { Requests = new() { ["cpu"] = "10m", ["memory"] = "16Mi" } },
                            SecurityContext = new() { Privileged = true, AllowPrivilegeEscalation = false, Capabilities = new() { Drop = ["ALL"] } },
                        },
                    ],
                },
            },
        },
    };

    /// <summary>A pod on the node's network (baseline: Host Namespaces).</summary>
    public static Deployment EdgeIngress() => new("edge-ingress", Namespace)
    {
        Spec = new()
        {
            Selector = new() { MatchLabels = new() { ["app"] = "edge-ingress" } },
            Template = new()
            {
                Metadata = new() { Labels = new() { ["app"] = "edge-ingress" } },
                Spec = new()
                {
                    HostNetwork = true,
                    SecurityContext = new() { RunAsNonRoot = true, RunAsUser = 10001, SeccompProfile = new() { Type = "RuntimeDefault" } },
                    Containers =
                    [
                        new()
                        {
                            Name = "proxy",
                            Image = "envoyproxy/envoy:v1.35.2",
                            Resources = new() { Requests = new() { ["cpu"] = "50m", ["memory"] = "64Mi" } },
                            SecurityContext = new() { AllowPrivilegeEscalation = false, Capabilities = new() { Drop = ["ALL"] } },
                        },
                    ],
                },
            },
        },
    };

    /// <summary>No runAsNonRoot anywhere (restricted: Running as Non-root).</summary>
    public static Deployment MetricsAgent() => new("metrics-agent", Namespace)
    {
        Spec = new()
        {
            Selector = new() { MatchLabels = new() { ["app"] = "metrics-agent" } },
            Template = new()
            {
                Metadata = new() { Labels = new() { ["app"] = "metrics-agent" } },
                Spec = new()
                {
                    SecurityContext = new() { SeccompProfile = new() { Type = "RuntimeDefault" } },
                    Containers =
                    [
                        new()
                        {
                            Name = "agent",
                            Image = "prom/node-exporter:v1.9.1",
                            Resources = new() { Requests = new() { ["cpu"] = "20m", ["memory"] = "32Mi" } },
                            SecurityContext = new() { AllowPrivilegeEscalation = false, Capabilities = new() { Drop = ["ALL"] } },
                        },
                    ],
                },
            },
        },
    };

    /// <summary>An image on the moving <c>latest</c> tag (best practice: pin images).</summary>
    public static Deployment LatestTag() => new("web-latest", Namespace)
    {
        Spec = new()
        {
            Selector = new() { MatchLabels = new() { ["app"] = "web-latest" } },
            Template = new()
            {
                Metadata = new() { Labels = new() { ["app"] = "web-latest" } },
                Spec = new()
                {
                    SecurityContext = new() { RunAsNonRoot = true, RunAsUser = 10001, SeccompProfile = new() { Type = "RuntimeDefault" } },
                    Containers =
                    [
                        new()
                        {
                            Name = "web",
                            Image = "ghcr.io/stefanprodan/podinfo:latest",
                            Resources = new() { Requests = new() { ["cpu"] = "50m", ["memory"] = "64Mi" } },
                            SecurityContext = new() { AllowPrivilegeEscalation = false, Capabilities = new() { Drop = ["ALL"] } },
                        },
                    ],
                },
            },
        },
    };

    /// <summary>A container with neither requests nor limits (best practice: size every container).</summary>
    public static Deployment NoResources() => new("batch-worker", Namespace)
    {
        Spec = new()
        {
            Selector = new() { MatchLabels = new() { ["app"] = "batch-worker" } },
            Template = new()
            {
                Metadata = new() { Labels = new() { ["app"] = "batch-worker" } },
                Spec = new()
                {
                    SecurityContext = new() { RunAsNonRoot = true, RunAsUser = 10001, SeccompProfile = new() { Type = "RuntimeDefault" } },
                    Containers =
                    [
                        new()
                        {
                            Name = "worker",
                            Image = "ghcr.io/example/batch-worker:1.4.2",
                            SecurityContext = new() { AllowPrivilegeEscalation = false, Capabilities = new() { Drop = ["ALL"] } },
                        },
                    ],
                },
            },
        },
    };

    /// <summary>An Application whose destination names a fleet nobody defines (Kurator rule: the fleet must exist).</summary>
    public static Application OrphanApplication() => new("edge-models", EdgeFleet.Namespace)
    {
        Spec = new()
        {
            Source = new() { GitRepository = new() { Url = "https://github.com/stefanprodan/podinfo", Interval = "5m0s", Ref = new() { Branch = "master" } } },
            SyncPolicies = [new() { Destination = new() { Fleet = "edge-fleet" }, Kustomization = new() { Path = "./kustomize", Interval = "10m0s", Prune = true } }],
        },
    };
}
