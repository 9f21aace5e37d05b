using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet.Delivery;
using Kurator.Sdk.MultiSystem.Tests.Support;
using Xunit;

namespace Kurator.Sdk.MultiSystem.Tests;

/// <summary>The target comes from --target, else from the project (app.Delivery.Target); every target's output is byte-stable.</summary>
public class TargetSelectionTests
{
    [Fact]
    public async Task Without_target_the_projects_own_target_is_rendered()
    {
        var app = SampleApp.Create(d => d.Target = DeliveryTarget.Karmada);
        var dir = Directory.CreateTempSubdirectory("multisystem-default-").FullName;
        try
        {
            Assert.Equal(0, await app.RunAsync(["synth", "--out", dir]));
            Assert.True(File.Exists(Path.Combine(dir, "host", "overridepolicy_web_multisystem-deployment-web.yaml")));
            Assert.False(Directory.Exists(Path.Combine(dir, "aws-1")));

            Assert.Equal(0, await app.RunAsync(["synth", "--out", dir, "--target", "direct"]));
            Assert.True(File.Exists(Path.Combine(dir, "aws-1", "deployment_web_web.yaml")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("direct")]
    [InlineData("kurator")]
    [InlineData("karmada")]
    [InlineData("ocm")]
    [InlineData("kubevela")]
    public async Task Synth_writes_the_same_bytes_every_time(string target)
    {
        using var first = await SynthOutput.RunAsync(SampleApp.Create(), target);
        using var second = await SynthOutput.RunAsync(SampleApp.Create(), target);
        var names = first.Files.Keys.ToList();
        Assert.Equal(names, second.Files.Keys.ToList());
        foreach (var name in names)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Directory, name)), File.ReadAllBytes(Path.Combine(second.Directory, name)));
        }
    }
}
