using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Kurator.Cluster.V1Alpha1;
using Kurator.Sdk.Kurator.Fleet.V1Alpha1;

namespace PolicyViolations;

/// <summary>
/// One edge member in a fleet whose Kyverno plugin audits the restricted Pod Security Standard: the analyzers take the
/// level from here, and Audit keeps the findings warnings (Enforce would make them errors and refuse apply).
/// </summary>
public static class EdgeFleet
{
    public const string Namespace = "default";

    /// <summary>The member's kubeconfig Secret (a placeholder: `--local` needs no real one).</summary>
    public static Secret Kubeconfig() => new("edge-node-1", Namespace) { StringData = new() { ["kubeconfig"] = "apiVersion: v1\nkind: Config\n" } };

    public static AttachedCluster Member(Secret kubeconfig) => new("edge-node-1", Namespace) { Spec = new AttachedClusterSpec().WithKubeconfig(kubeconfig, "kubeconfig") };

    public static Fleet Fleet(AttachedCluster member) => new("edge", Namespace)
    {
        Spec = new FleetSpec()
            .AddCluster(member)
            .WithPlugin(p => p.WithPolicy(new FleetSpecPluginPolicy
            {
                Kyverno = new()
                {
                    PodSecurity = new()
                    {
                        Standard = FleetSpecPluginPolicyKyvernoPodSecurityStandard.Restricted,
                        ValidationFailureAction = FleetSpecPluginPolicyKyvernoPodSecurityValidationFailureAction.Audit,
                    },
                },
            })),
    };
}
