using Kurator.Sdk.Fleet.Overrides;
using Xunit;

namespace Kurator.Sdk.MultiSystem.Tests;

/// <summary>Image parts split as Karmada's image overrider splits them.</summary>
public class ImageReferenceTests
{
    [Theory]
    [InlineData("nginx", "", "nginx", "", "")]
    [InlineData("nginx:1.25.0", "", "nginx", "1.25.0", "")]
    [InlineData("library/nginx:1.25", "", "library/nginx", "1.25", "")]
    [InlineData("docker.io/library/nginx:1.25", "docker.io", "library/nginx", "1.25", "")]
    [InlineData("localhost/app", "localhost", "app", "", "")]
    [InlineData("registry:5000/team/app:v1", "registry:5000", "team/app", "v1", "")]
    [InlineData("swr.cn-north-4.myhuaweicloud.com/my-org/nginx:1.25.0", "swr.cn-north-4.myhuaweicloud.com", "my-org/nginx", "1.25.0", "")]
    [InlineData("ghcr.io/org/app@sha256:abc", "ghcr.io", "org/app", "", "sha256:abc")]
    public void Splits_and_round_trips(string image, string registry, string repository, string tag, string digest)
    {
        var r = ImageReference.Parse(image);
        Assert.Equal(new ImageReference(registry, repository, tag, digest), r);
        Assert.Equal(image, r.ToString());
    }

    [Fact]
    public void A_tag_or_digest_value_is_told_apart_as_karmada_does()
    {
        var r = ImageReference.Parse("nginx:1.25");
        Assert.Equal("nginx@sha256:0f", r.WithTagOrDigest("sha256:0f").ToString());
        Assert.Equal("nginx:1.26", r.WithTagOrDigest("1.26").ToString());
    }
}
