using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Cli.Schemas;
using Kurator.Sdk.Schema.Model;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Validation;

/// <summary>Which shipped CRD objects reuse a core type: only those whose rules are the core type's rules.</summary>
public class CoreTypeReuseTests
{
    private static readonly System.Lazy<HashSet<string>> Mappings = new(() =>
    {
        var folder = SchemaFolder.Load(RepoPaths.Schemas);
        var core = folder.CoreIndex();
        return folder.Crds
            .SelectMany(c => UnitBuilder.BuildCrd(c.Crd, c.File, SchemaFolder.FamilyNamespace(c.Crd.Family), core).CoreMappings)
            .ToHashSet();
    });

    [Theory]
    [InlineData("Job.spec.tasks[].template -> io.k8s.api.core.v1.PodTemplateSpec")]
    [InlineData("CronJob.spec.jobTemplate.spec.tasks[].template -> io.k8s.api.core.v1.PodTemplateSpec")]
    [InlineData("PodGroup.spec.subGroupPolicy[].labelSelector -> io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector")]
    public void Objects_with_the_core_rules_still_reuse_the_core_type(string mapping) => Assert.Contains(mapping, Mappings.Value);

    [Theory]
    [InlineData("ClusterClass.spec.controlPlane.templateRef")] // name required, DNS pattern, minLength
    [InlineData("ClusterClass.spec.infrastructure.templateRef")]
    [InlineData("MachineHealthCheck.spec.remediation.templateRef")]
    [InlineData("Placement.spec.tolerations[]")] // OCM's own effects: NoSelect, PreferNoSelect, NoSelectIfNew
    [InlineData("ManagedCluster.spec.taints[]")]
    [InlineData("ResourceBinding.spec.resource")] // Karmada requires apiVersion, kind and name
    [InlineData("HelmChart.spec.sourceRef")] // Flux's kind enum
    public void Objects_with_their_own_rules_keep_their_own_class(string path) =>
        Assert.DoesNotContain(Mappings.Value, m => m.StartsWith(path + " -> ", System.StringComparison.Ordinal));
}
