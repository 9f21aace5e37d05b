using System.Linq;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Cli;

/// <summary>Every served CRD version and core kind is shipped and listed.</summary>
public class KindsCommandTests
{
    [Theory]
    [InlineData("fleet.kurator.dev/v1alpha1", "Fleet")]
    [InlineData("apps.kurator.dev/v1alpha1", "Application")]
    [InlineData("apps/v1", "Deployment")]
    [InlineData("v1", "Pod")]
    [InlineData("cluster.x-k8s.io/v1beta1", "Cluster")]
    [InlineData("cluster.x-k8s.io/v1beta2", "Cluster")]
    [InlineData("kyverno.io/v2beta1", "ClusterPolicy")]
    [InlineData("work.open-cluster-management.io/v1", "ManifestWork")]
    [InlineData("core.oam.dev/v1beta1", "Application")]
    [InlineData("policy.karmada.io/v1alpha1", "PropagationPolicy")]
    public void Kind_is_registered(string apiVersion, string kind) =>
        Assert.True(Registry.All.TryGet(apiVersion, kind, out _), $"{apiVersion} {kind} is not registered");

    [Fact]
    public void Deprecated_versions_are_marked_with_the_version_to_move_to_and_are_not_obsolete()
    {
        // Not [Obsolete]: CS0618 would break every TreatWarningsAsErrors build that uses them; KSDK6001 reports them instead.
        Assert.True(Registry.All.TryGet("cluster.x-k8s.io/v1beta1", "Cluster", out var old));
        Assert.Empty(old.ClrType.GetCustomAttributes(typeof(System.ObsoleteAttribute), false));
        var deprecated = (KubeDeprecatedVersionAttribute)Assert.Single(old.ClrType.GetCustomAttributes(typeof(KubeDeprecatedVersionAttribute), false));
        Assert.Equal("v1beta2", deprecated.ReplacementVersion);
        Assert.Equal("Cluster API v1.14.0", deprecated.ServedBy);
        Assert.True(Registry.All.TryGet("cluster.x-k8s.io/v1beta2", "Cluster", out var current));
        Assert.Empty(current.ClrType.GetCustomAttributes(typeof(KubeDeprecatedVersionAttribute), false));
    }
}
