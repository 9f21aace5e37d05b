using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>
/// The runtime does not reference the Karmada, OCM and KubeVela families: a target that renders their kinds loads its
/// family by name, and in an app without it (this test project references none of them) stops with what to add.
/// </summary>
public class DeliveryFamilyTests
{
    [Theory]
    [InlineData("karmada", "Kurator.Sdk.Karmada")]
    [InlineData("ocm", "Kurator.Sdk.Ocm")]
    [InlineData("kubevela", "Kurator.Sdk.KubeVela")]
    public async Task A_target_whose_family_the_app_lacks_stops_synthesis_naming_the_family_to_reference(string target, string family)
    {
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == family);
        var dir = Directory.CreateTempSubdirectory("kurator-family-").FullName;
        try
        {
            var app = QuickstartPlan.App();
            var output = new StringWriter();
            app.Output = output;

            var code = await app.RunAsync(["synth", "--target", target, "--out", dir]);

            Assert.Equal(ExitCodes.InvalidUsage, code);
            Assert.Contains($"--target {target} renders ", output.ToString());
            Assert.Contains($"add a reference to {family} (the Kurator.Sdk package includes it)", output.ToString());
            Assert.Empty(Directory.EnumerateFileSystemEntries(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task The_kurator_target_renders_with_the_family_the_runtime_references()
    {
        var dir = Directory.CreateTempSubdirectory("kurator-family-").FullName;
        try
        {
            var app = QuickstartPlan.App();
            app.Delivery.GitRepository = "https://github.com/example/quickstart-gitops";
            var output = new StringWriter();
            app.Output = output;
            Assert.True(await app.RunAsync(["synth", "--target", "kurator", "--out", dir]) == ExitCodes.Success, output.ToString());
            Assert.Contains(Directory.EnumerateFiles(dir, "*.yaml", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("kind: Application", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
