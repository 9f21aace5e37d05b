using Kurator.Sdk.Package.Tests.Infrastructure;

namespace Kurator.Sdk.Package.Tests;

/// <summary>`dotnet new kurator-fleet` from the packed Kurator.Sdk.Templates, built against the packed Kurator.Sdk.</summary>
[Collection(PackagesCollection.Name)]
[Trait("Category", "Package")]
public sealed class TemplateTests(PackedPackages packages)
{
    [Fact]
    public void The_kurator_fleet_template_builds_without_warnings_synthesizes_and_passes_restricted()
    {
        var workspace = packages.NewWorkspace("template");
        // A private template hive: the user's own `dotnet new` installation is neither read nor changed.
        var hive = Path.Combine(workspace, "hive");
        packages.Dotnet(workspace, "new", "install", packages.PackagePath("Kurator.Sdk.Templates"), "--debug:custom-hive", hive).EnsureSuccess();
        var dir = Path.Combine(workspace, "EdgeFleet");
        packages.Dotnet(workspace, "new", "kurator-fleet", "-n", "EdgeFleet", "-o", dir, "--fleetName", "edge", "--debug:custom-hive", hive).EnsureSuccess();
        Assert.Contains($"Include=\"Kurator.Sdk\" Version=\"{packages.Version}\"", File.ReadAllText(Path.Combine(dir, "EdgeFleet.csproj")), StringComparison.Ordinal);
        Assert.Contains($"Include=\"Kurator.Sdk.Emulator\" Version=\"{packages.Version}\"", File.ReadAllText(Path.Combine(dir, "EdgeFleet.csproj")), StringComparison.Ordinal);

        // Warnings as errors: any analyzer finding in the scaffolded workload (restricted level) fails the build.
        var build = packages.Dotnet(dir, "build", "-c", "Release", "-tl:off", "-p:TreatWarningsAsErrors=true").EnsureSuccess();
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);

        var output = Path.Combine(dir, "out");
        packages.Dotnet(dir, "run", "--no-build", "-c", "Release", "--", "synth", "--out", output).EnsureSuccess();
        Assert.Contains("kind: Fleet", File.ReadAllText(Path.Combine(output, "host", "fleet_default_edge.yaml")), StringComparison.Ordinal);
        Assert.Contains("kind: Application", File.ReadAllText(Path.Combine(output, "host", "application_default_podinfo.yaml")), StringComparison.Ordinal);
        foreach (var member in new[] { "member1", "member2" })
        {
            Assert.Contains("kind: Deployment", File.ReadAllText(Path.Combine(output, member, "deployment_web_web.yaml")), StringComparison.Ordinal);
        }

        // Restricted passes; the podinfo Application is an audit finding (KSDK6002): Kurator's controller would create
        // Flux v1beta2 objects from its source and sync policy, which the Flux the package's schemas come from no longer
        // serves. The package puts the Flux family beside the app, so check has those facts without the app using Flux.
        var check = packages.Dotnet(dir, "run", "--no-build", "-c", "Release", "--", "check", "--level", "restricted").EnsureSuccess();
        Assert.Contains("KSDK6002", check.Output, StringComparison.Ordinal);
        Assert.Contains("2 audit finding(s); apply proceeds", check.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("refused", check.Output, StringComparison.Ordinal);

        // Out of the box: the template's Kurator.Sdk.Emulator reference makes `apply --local` work (state in this run's temp folder).
        Assert.Contains("Kurator.Sdk.Emulator.dll in the output folder", PackedPackages.AspNetCoreTraces(Path.Combine(dir, "bin", "Release", "net10.0"), "EdgeFleet"));
        var apply = packages.DotnetWithTemp(dir, Path.Combine(workspace, "tmp"), "run", "--no-build", "-c", "Release", "--", "apply", "--local", "--timeout", "60").EnsureSuccess();
        Assert.Contains("started the emulated fleet: host + 2 member clusters", apply.Output, StringComparison.Ordinal);
        Assert.Matches(@"host applied: \d+ created, 0 updated, 0 unchanged, 0 pruned, 0 failed", apply.Output);
    }
}
