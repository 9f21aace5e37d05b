using System.Text.RegularExpressions;
using Kurator.Sdk.Package.Tests.Infrastructure;

namespace Kurator.Sdk.Package.Tests;

/// <summary>
/// A project outside the repository that references only the packed Kurator.Sdk and adds its own CRD: the generator,
/// the analyzers and the runtime must all arrive through that one package.
/// </summary>
[Collection(PackagesCollection.Name)]
[Trait("Category", "Package")]
public sealed class ConsumerProjectTests(PackedPackages packages)
{
    [Fact]
    public void A_consumer_gets_types_for_its_CRD_an_analyzer_warning_and_a_working_synth()
    {
        var dir = CopyConsumer();

        var build = packages.Dotnet(dir, "build", "-c", "Release", "-tl:off").EnsureSuccess();
        Assert.True(File.Exists(Path.Combine(packages.NuGetPackages, "kurator.sdk", packages.Version, $"kurator.sdk.{packages.Version}.nupkg")),
            "Kurator.Sdk was not restored from the packed file into this run's packages folder");

        // The privileged container is reported by the package's analyzers, at the line that sets it, and it is the only warning.
        var line = Array.FindIndex(File.ReadAllLines(Path.Combine(dir, "DebugPod.cs")), l => l.Contains("Privileged = true", StringComparison.Ordinal)) + 1;
        Assert.Matches(new Regex($@"DebugPod\.cs\({line},\d+\): warning KSDK1002: Pod Security baseline: privileged", RegexOptions.Multiline), build.Output);
        var warnings = build.Output.Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal)).ToList();
        Assert.All(warnings, l => Assert.Contains("warning KSDK1002:", l, StringComparison.Ordinal));

        var output = Path.Combine(dir, "out");
        packages.Dotnet(dir, "run", "--no-build", "-c", "Release", "--", "synth", "--out", output).EnsureSuccess();
        var gadget = File.ReadAllText(Path.Combine(output, "host", "gadget_default_sensor.yaml"));
        Assert.Equal(
            """
            apiVersion: gadgets.example.com/v1
            kind: Gadget
            metadata:
              name: sensor
              namespace: default
            spec:
              replicas: 2
              mode: safe
              template:
                spec:
                  containers:
                  - image: busybox:1.37.0
                    name: sensor

            """.Replace("\r\n", "\n"),
            gadget.Replace("\r\n", "\n"));
        Assert.Contains("privileged: true", File.ReadAllText(Path.Combine(output, "host", "pod_default_debug.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_consumer_of_Kurator_Sdk_alone_has_no_ASP_NET_Core_and_local_names_the_package_to_add()
    {
        var dir = CopyConsumer();
        packages.Dotnet(dir, "build", "-c", "Release", "-tl:off").EnsureSuccess();

        // Neither the framework reference nor the emulator arrives with Kurator.Sdk: the app runs on the plain .NET runtime.
        var bin = Path.Combine(dir, "bin", "Release", "net10.0");
        Assert.Empty(PackedPackages.AspNetCoreTraces(bin, "Consumer"));
        var runtimeConfig = File.ReadAllText(Path.Combine(bin, "Consumer.runtimeconfig.json"));
        Assert.Contains("\"Microsoft.NETCore.App\"", runtimeConfig, StringComparison.Ordinal);
        Assert.Contains("Kurator.Sdk.Fleet.dll", File.ReadAllText(Path.Combine(bin, "Consumer.deps.json")), StringComparison.Ordinal);

        var output = Path.Combine(dir, "out");
        packages.Dotnet(dir, "run", "--no-build", "-c", "Release", "--", "synth", "--out", output).EnsureSuccess();
        Assert.True(File.Exists(Path.Combine(output, "host", "gadget_default_sensor.yaml")));

        // --local needs the emulator package: invalid usage (3), with the command that adds it.
        var local = packages.DotnetWithTemp(dir, Path.Combine(dir, "tmp"), "run", "--no-build", "-c", "Release", "--", "apply", "--local").EnsureExitCode(3);
        Assert.Contains("dotnet add package Kurator.Sdk.Emulator", local.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("started the emulated fleet", local.Output, StringComparison.Ordinal);
    }

    private string CopyConsumer()
    {
        var source = Path.Combine(packages.RepoRoot, "tests", "Kurator.Sdk.Package.Tests", "Consumer");
        var dir = Path.Combine(packages.NewWorkspace("consumer"), "Consumer");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dir, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, File.ReadAllText(file).Replace("$KURATOR_SDK_VERSION$", packages.Version, StringComparison.Ordinal));
        }

        return dir;
    }
}
