using Kurator.Sdk.Package.Tests.Infrastructure;

namespace Kurator.Sdk.Package.Tests;

/// <summary>The packed Kurator.Sdk.Cli installs as the `kurator-sdk` .NET tool and runs.</summary>
[Collection(PackagesCollection.Name)]
[Trait("Category", "Package")]
public sealed class CliToolTests(PackedPackages packages)
{
    [Fact]
    public void The_tool_installs_as_kurator_sdk_and_checks_yaml()
    {
        var workspace = packages.NewWorkspace("tool");
        var tools = Path.Combine(workspace, "tools");
        packages.Dotnet(workspace, "tool", "install", "Kurator.Sdk.Cli", "--version", packages.Version, "--tool-path", tools).EnsureSuccess();
        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "kurator-sdk.exe" : "kurator-sdk");
        Assert.True(File.Exists(tool), tool + " was not installed");

        var kinds = ProcessRunner.Run(tool, ["kinds"], workspace, packages.ChildEnvironment).EnsureSuccess();
        Assert.Contains("fleet.kurator.dev/v1alpha1 Fleet", kinds.Output, StringComparison.Ordinal);

        var pod = Path.Combine(workspace, "pod.yaml");
        File.WriteAllText(pod, """
            apiVersion: v1
            kind: Pod
            metadata:
              name: debug
            spec:
              containers:
              - name: shell
                image: busybox:1.37.0
                securityContext:
                  privileged: true
            """);
        var check = ProcessRunner.Run(tool, ["check", "--level", "baseline", pod], workspace, packages.ChildEnvironment).EnsureExitCode(1);
        Assert.Contains("Pod/debug: privileged: ", check.Output, StringComparison.Ordinal);
    }
}
