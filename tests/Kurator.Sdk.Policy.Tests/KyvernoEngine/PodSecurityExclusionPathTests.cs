using Kurator.Sdk.Policy.Kyverno.Validation;

namespace Kurator.Sdk.Policy.Tests.KyvernoEngine;

public sealed class PodSecurityExclusionPathTests
{
    [Theory]
    [InlineData("spec.containers[0].securityContext.privileged", "spec.containers[0]")]
    [InlineData("spec.template.spec.initContainers[12].image", "spec.template.spec.initContainers[12]")]
    [InlineData("spec.ephemeralContainers[3]", "spec.ephemeralContainers[3]")]
    [InlineData("spec.jobTemplate.spec.template.spec.containers[1].ports[0].hostPort", "spec.jobTemplate.spec.template.spec.containers[1]")]
    [InlineData("spec.containers[0].x.initContainers[2].y", "spec.containers[0].x.initContainers[2]")]
    public void The_container_a_violation_is_in_is_the_last_container_index_of_its_path(string path, string container)
    {
        Assert.Equal(container.Length, PodSecurityExclusion.ContainerPathEnd(path));
    }

    [Theory]
    [InlineData("spec.securityContext.runAsNonRoot")]
    [InlineData("spec.containers")]
    [InlineData("spec.containers[].image")]
    [InlineData("spec.containers[x]")]
    [InlineData("spec.containers[1")]
    [InlineData("spec.hostContainers")]
    public void A_pod_level_path_names_no_container(string path)
    {
        Assert.Equal(-1, PodSecurityExclusion.ContainerPathEnd(path));
    }
}
