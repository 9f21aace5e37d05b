using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Kurator.Sdk.Package.Tests.Infrastructure;

namespace Kurator.Sdk.Package.Tests;

/// <summary>
/// The Native AOT kurator-sdk (what `dotnet tool install Kurator.Sdk.Cli` installs on linux-x64) does what the
/// framework-dependent tool (the Kurator.Sdk.Cli.any package every other platform gets, run on the JIT) does: same output
/// and exit code for kinds, validate, check, convert, and apply/diff/destroy against the emulator the native tool runs.
/// </summary>
[Collection(PackagesCollection.Name)]
[Trait("Category", "Package")]
public sealed partial class NativeToolTests(PackedPackages packages)
{
    private static readonly object Gate = new();
    private static (string Native, string JitDll, string Workspace)? _tools;

    [Fact]
    public void On_linux_x64_the_installed_tool_is_the_native_executable_and_the_any_package_is_framework_dependent()
    {
        var (native, jitDll, _) = Tools();
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(ResolveLinks(native))!, "kurator-sdk.dll")), "a kurator-sdk.dll beside the installed tool: not the Native AOT package");
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(ResolveLinks(native))[..4]);
        Assert.True(File.Exists(Path.ChangeExtension(jitDll, ".runtimeconfig.json")), "the any package has no runtimeconfig.json: not framework-dependent");

        using var pointer = ZipFile.OpenRead(packages.PackagePath("Kurator.Sdk.Cli"));
        var settings = pointer.Entries.Single(e => e.Name == "DotnetToolSettings.xml");
        using var reader = new StreamReader(settings.Open());
        var xml = reader.ReadToEnd();
        Assert.Contains("Kurator.Sdk.Cli.linux-x64", xml, StringComparison.Ordinal);
        Assert.Contains("Kurator.Sdk.Cli.any", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Native_and_jit_tools_agree_on_kinds_validate_check_test_and_convert()
    {
        var (native, jitDll, workspace) = Tools();
        var seeds = Path.Combine(packages.RepoRoot, "tests", "Kurator.Sdk.Tests", "Fixtures", "seeds");
        var invalid = Path.Combine(packages.RepoRoot, "tests", "Kurator.Sdk.Tests", "Fixtures", "invalid");
        var kyverno = Path.GetFullPath(Path.Combine(packages.RepoRoot, "..", "shared", "test-vectors", "kyverno-policies"));
        Assert.True(Directory.Exists(kyverno), "the shared Kyverno vectors are expected beside the repository: " + kyverno);
        var pod = Path.Combine(workspace, "privileged-pod.yaml");
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

        string[][] commands =
        [
            ["kinds"],
            ["validate", Path.Combine(seeds, "fleet-with-attachedcluster.yaml"), Path.Combine(seeds, "volcano-job-pytorch.yaml")],
            ["validate", Path.Combine(invalid, "fleet-secretref.yaml")],
            ["validate", Path.Combine(invalid, "unknown-kinds.yaml")],
            ["check", "--level", "baseline", pod],
            ["check", "--level", "restricted", Path.Combine(seeds, "deployment-face-detection.yaml")],
            // The Kyverno engine (JMESPath variables with Kyverno's functions, patterns, podSecurity) under AOT.
            ["test", kyverno],
            ["check", "--policy", Path.Combine(kyverno, "best-practices", "disallow-latest-tag", "disallow-latest-tag.yaml"), "--policy", Path.Combine(kyverno, "best-practices", "check-deprecated-apis", "check-deprecated-apis.yaml"), Path.Combine(seeds, "deployment-face-detection.yaml")],
        ];
        foreach (var command in commands)
        {
            var fromNative = Run(native, [], command, workspace);
            var fromJit = Run("dotnet", [jitDll], command, workspace);
            Assert.True(fromJit.Output.Length > 0, $"`{fromJit.Command}` printed nothing");
            Assert.True(fromJit.ExitCode == fromNative.ExitCode, $"exit codes differ: {fromNative.ExitCode} (native) vs {fromJit.ExitCode} (jit) for {string.Join(' ', command)}\n{fromNative.Output}");
            // Each stream on its own: how the two interleave depends on when the reader threads wake.
            Assert.Equal(fromJit.StandardOutput, fromNative.StandardOutput);
            Assert.Equal(fromJit.StandardError, fromNative.StandardError);
        }

        // convert reads every property of the typed objects: the program each writes must be the same, for every seed
        // and for an object that leaves a required field out.
        foreach (var file in Directory.GetFiles(seeds, "*.yaml").Append(Path.Combine(invalid, "fleet-secretref.yaml")).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var nativeDir = Path.Combine(workspace, "convert-native", name);
            var jitDir = Path.Combine(workspace, "convert-jit", name);
            var nativeRun = Run(native, [], ["convert", file, "--project", nativeDir], workspace);
            var jitRun = Run("dotnet", [jitDll], ["convert", file, "--project", jitDir], workspace);
            Assert.True(jitRun.ExitCode == nativeRun.ExitCode, $"convert {name}: exit {nativeRun.ExitCode} (native) vs {jitRun.ExitCode} (jit)\n{nativeRun.Output}\n{jitRun.Output}");
            if (jitRun.ExitCode != 0)
            {
                continue;
            }

            var program = File.ReadAllText(Path.Combine(nativeDir, "Program.cs"));
            Assert.Contains("new ", program, StringComparison.Ordinal);
            Assert.Equal(File.ReadAllText(Path.Combine(jitDir, "Program.cs")), program);
        }
    }

    [Fact]
    public async Task The_native_tool_runs_the_emulator_and_applies_diffs_and_destroys_like_the_jit_tool()
    {
        var (native, jitDll, workspace) = Tools();
        var dir = Path.Combine(workspace, "fleet");
        Directory.CreateDirectory(dir);
        var manifests = Path.Combine(dir, "app.yaml");
        File.WriteAllText(manifests, """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: shop
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
              namespace: shop
            data:
              mode: fast
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: web
              namespace: shop
            spec:
              selector:
                app: web
              ports:
              - port: 80
            """);
        var changed = Path.Combine(dir, "changed.yaml");
        File.WriteAllText(changed, File.ReadAllText(manifests).Replace("mode: fast", "mode: safe", StringComparison.Ordinal));
        var kubeconfig = Path.Combine(dir, "kubeconfig");

        using var emulator = StartEmulator(native, kubeconfig, dir);
        try
        {
            string[] target = ["--kubeconfig", kubeconfig, "--context", "cluster-1", "--context", "cluster-2"];
            string[][] steps =
            [
                ["apply", "-f", manifests, "--timeout", "60", .. target],
                ["diff", "-f", manifests, .. target],
                ["diff", "-f", changed, .. target],
                ["destroy", "--timeout", "60", .. target],
            ];
            var nativeOutputs = steps.Select(s => Run(native, [], s, dir)).ToList();
            var jitOutputs = steps.Select(s => Run("dotnet", [jitDll], s, dir)).ToList();
            for (var i = 0; i < steps.Length; i++)
            {
                Assert.True(nativeOutputs[i].ExitCode == jitOutputs[i].ExitCode, $"{string.Join(' ', steps[i])}: exit {nativeOutputs[i].ExitCode} (native) vs {jitOutputs[i].ExitCode} (jit)\n{nativeOutputs[i].Output}\n{jitOutputs[i].Output}");
                Assert.Equal(Timeless(jitOutputs[i].Output), Timeless(nativeOutputs[i].Output));
            }

            Assert.Equal(0, nativeOutputs[0].ExitCode);
            Assert.Contains("mode", nativeOutputs[2].Output, StringComparison.Ordinal);
        }
        finally
        {
            emulator.Kill(entireProcessTree: true);
            await emulator.WaitForExitAsync();
        }
    }

    private (string Native, string JitDll, string Workspace) Tools()
    {
        Assert.True(RuntimeInformation.RuntimeIdentifier.StartsWith("linux", StringComparison.Ordinal) && RuntimeInformation.OSArchitecture == Architecture.X64,
            "the Native AOT package is built for linux-x64 only; these tests need a linux-x64 machine");
        lock (Gate)
        {
            if (_tools is { } tools && Directory.Exists(tools.Workspace))
            {
                return tools;
            }

            var workspace = packages.NewWorkspace("native-tool");
            var toolPath = Path.Combine(workspace, "tools");
            packages.Dotnet(workspace, "tool", "install", "Kurator.Sdk.Cli", "--version", packages.Version, "--tool-path", toolPath).EnsureSuccess();
            var native = Path.Combine(toolPath, "kurator-sdk");
            Assert.True(File.Exists(native), native + " was not installed");

            // The framework-dependent package as any other platform gets it, run with dotnet.
            var jit = Path.Combine(workspace, "jit");
            ZipFile.ExtractToDirectory(packages.PackagePath("Kurator.Sdk.Cli.any"), jit);
            var jitDll = Directory.GetFiles(jit, "kurator-sdk.dll", SearchOption.AllDirectories).Single();
            _tools = (native, jitDll, workspace);
            return _tools.Value;
        }
    }

    private ProcessResult Run(string fileName, string[] prefix, string[] arguments, string workingDirectory) =>
        ProcessRunner.Run(fileName, [.. prefix, .. arguments], workingDirectory, packages.ChildEnvironment);

    private Process StartEmulator(string native, string kubeconfig, string workingDirectory)
    {
        var info = new ProcessStartInfo(native) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "emulator", "--clusters", "2", "--kubeconfig", kubeconfig })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + native);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            // The emulator prints its contexts once the kubeconfig is written; it serves until stopped.
            var line = process.StandardOutput.ReadLine();
            if (line == null)
            {
                throw new Xunit.Sdk.XunitException($"the native emulator exited ({(process.HasExited ? process.ExitCode : -1)}): {process.StandardError.ReadToEnd()}");
            }

            if (line.StartsWith("Try: kubectl", StringComparison.Ordinal))
            {
                break;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), "the native emulator did not start within a minute");
        }

        Assert.True(File.Exists(kubeconfig), "the native emulator wrote no kubeconfig");
        return process;
    }

    private static string ResolveLinks(string path) => new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;

    // Durations differ between any two runs, and contexts report as each finishes (in either order): the same lines
    // with the times and progress counters masked, in any order.
    private static string Timeless(string output) =>
        string.Join('\n', Progress().Replace(Durations().Replace(output, "<time>"), "[#]").Split('\n').Select(l => l.TrimEnd()).Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\d+(\.\d+)? ?(ms|s)\b")]
    private static partial Regex Durations();

    [GeneratedRegex(@"\[\d+/\d+\]")]
    private static partial Regex Progress();
}
