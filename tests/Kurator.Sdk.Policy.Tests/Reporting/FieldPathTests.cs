using Kurator.Sdk.Policy.Evaluation;

namespace Kurator.Sdk.Policy.Tests.Reporting;

public class FieldPathTests
{
    [Fact]
    public void Builds_and_splits_paths_with_indexes_and_keys()
    {
        var path = FieldPath.Property(FieldPath.Index(FieldPath.Property("spec", "containers"), 2), "name");
        var annotation = FieldPath.Property("metadata.annotations", "container.apparmor.security.beta.kubernetes.io/app");

        Assert.Equal("spec.containers[2].name", path);
        Assert.Equal("metadata.annotations[\"container.apparmor.security.beta.kubernetes.io/app\"]", annotation);
        Assert.Equal(["metadata", "annotations", "container.apparmor.security.beta.kubernetes.io/app"], FieldPath.Split(annotation));
        Assert.Equal(["spec", "containers", 2, "name"], FieldPath.Split(path));
    }

    [Theory]
    [InlineData("spec.containers[0].securityContext", "spec.containers[0]")]
    [InlineData("spec.containers[0]", "spec.containers")]
    [InlineData("metadata.annotations[\"a/b\"]", "metadata.annotations")]
    [InlineData("spec", "")]
    public void Parent_drops_one_segment(string path, string parent)
    {
        Assert.Equal(parent, FieldPath.Parent(path));
    }

    [Fact]
    public void The_empty_path_has_no_parent()
    {
        Assert.Null(FieldPath.Parent(""));
    }
}
