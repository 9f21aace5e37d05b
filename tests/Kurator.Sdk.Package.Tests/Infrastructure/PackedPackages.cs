using System.Reflection;

namespace Kurator.Sdk.Package.Tests.Infrastructure;

/// <summary>
/// The packages as a user gets them: Kurator.Sdk, Kurator.Sdk.Emulator, Kurator.Sdk.Cli (with its .any and .linux-x64
/// packages) and Kurator.Sdk.Templates packed from this repository
/// into artifacts/packages (once per test run; .ci/run packs before the tests and sets KURATOR_SDK_PACKED=1 so they are
/// not packed twice), and an empty NuGet packages folder for this run, so a consumer restores exactly these files and
/// never an older 0.x extracted earlier under the same version.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    public PackedPackages()
    {
        RepoRoot = Metadata("KuratorSdkRepoRoot");
        Version = Metadata("KuratorSdkVersion");
        Folder = Path.Combine(RepoRoot, "artifacts", "packages");
        Scratch = Directory.CreateTempSubdirectory("kurator-sdk-package-tests-").FullName;
        NuGetPackages = Path.Combine(Scratch, "nuget-packages");

        if (Environment.GetEnvironmentVariable("KURATOR_SDK_PACKED") != "1")
        {
            Pack("packaging/Kurator.Sdk/Kurator.Sdk.Package.csproj");
            Pack("packaging/Kurator.Sdk.Emulator/Kurator.Sdk.Emulator.Package.csproj");
            // The tool: the package users install, then the framework-dependent one and (minutes) the Native AOT one.
            Pack("src/Kurator.Sdk.Cli/Kurator.Sdk.Cli.csproj");
            Pack("src/Kurator.Sdk.Cli/Kurator.Sdk.Cli.csproj", "-r", "any");
            Pack("src/Kurator.Sdk.Cli/Kurator.Sdk.Cli.csproj", "-r", "linux-x64");
            Pack("templates/Kurator.Sdk.Templates.csproj");
        }

        foreach (var id in new[] { "Kurator.Sdk", "Kurator.Sdk.Emulator", "Kurator.Sdk.Cli", "Kurator.Sdk.Cli.any", "Kurator.Sdk.Cli.linux-x64", "Kurator.Sdk.Templates" })
        {
            Assert.True(File.Exists(PackagePath(id)), $"{PackagePath(id)} is missing: run .ci/run, or unset KURATOR_SDK_PACKED so the tests pack it");
        }
    }

    /// <summary>The repository the packages were packed from.</summary>
    public string RepoRoot { get; }

    /// <summary>The version every package carries (KuratorSdkVersion).</summary>
    public string Version { get; }

    /// <summary>artifacts/packages: the local package source.</summary>
    public string Folder { get; }

    /// <summary>A temporary folder outside the repository, deleted after the run.</summary>
    public string Scratch { get; }

    /// <summary>This run's NuGet global packages folder.</summary>
    public string NuGetPackages { get; }

    public string PackagePath(string id) => Path.Combine(Folder, $"{id}.{Version}.nupkg");

    /// <summary>Environment for a child dotnet that restores like a user's machine but into this run's packages folder.</summary>
    public IReadOnlyDictionary<string, string> ChildEnvironment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = NuGetPackages };

    /// <summary>A fresh folder under <see cref="Scratch"/> with a nuget.config: the local folder plus the machine's own sources.</summary>
    public string NewWorkspace(string name)
    {
        var dir = Path.Combine(Scratch, name);
        Directory.CreateDirectory(dir);
        // No <clear/>: the machine's configured sources stay (the third-party dependencies come from there).
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="kurator-sdk-local" value="{Folder}" />
              </packageSources>
            </configuration>
            """);
        return dir;
    }

    /// <summary>Runs dotnet in <paramref name="workingDirectory"/> with this run's packages folder.</summary>
    public ProcessResult Dotnet(string workingDirectory, params string[] arguments) =>
        ProcessRunner.Run("dotnet", arguments, workingDirectory, ChildEnvironment);

    /// <summary>
    /// Runs dotnet like <see cref="Dotnet"/> with <paramref name="temp"/> as the temp folder (TMPDIR), so what a command keeps
    /// under the temp folder (the <c>--local</c> fleet's state) stays in this run's scratch folder.
    /// </summary>
    public ProcessResult DotnetWithTemp(string workingDirectory, string temp, params string[] arguments)
    {
        Directory.CreateDirectory(temp);
        var environment = new Dictionary<string, string>(ChildEnvironment) { ["TMPDIR"] = temp + Path.DirectorySeparatorChar };
        return ProcessRunner.Run("dotnet", arguments, workingDirectory, environment);
    }

    /// <summary>
    /// Whether a built app would load ASP.NET Core: its runtimeconfig.json names the framework, its deps.json names a
    /// Microsoft.AspNetCore assembly or the emulator, or such an assembly sits in its output folder. Returns what was found.
    /// </summary>
    public static IReadOnlyList<string> AspNetCoreTraces(string outputFolder, string appName)
    {
        var found = new List<string>();
        var runtimeConfig = File.ReadAllText(Path.Combine(outputFolder, appName + ".runtimeconfig.json"));
        if (runtimeConfig.Contains("Microsoft.AspNetCore", StringComparison.Ordinal)) found.Add(appName + ".runtimeconfig.json names Microsoft.AspNetCore.App");
        var deps = File.ReadAllText(Path.Combine(outputFolder, appName + ".deps.json"));
        if (deps.Contains("Microsoft.AspNetCore", StringComparison.Ordinal)) found.Add(appName + ".deps.json names Microsoft.AspNetCore");
        if (deps.Contains("Kurator.Sdk.Emulator", StringComparison.Ordinal)) found.Add(appName + ".deps.json names Kurator.Sdk.Emulator");
        found.AddRange(Directory.GetFiles(outputFolder, "*.dll")
            .Select(Path.GetFileName)
            .Where(f => f!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || f == "Kurator.Sdk.Emulator.dll")
            .Select(f => f + " in the output folder")!);
        return found;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Scratch, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the folder is under the temp directory anyway.
        }
    }

    private void Pack(string project, params string[] options) =>
        ProcessRunner.Run("dotnet", ["pack", Path.Combine(RepoRoot, project), "-c", "Release", "-o", Folder, "-tl:off", .. options], RepoRoot, new Dictionary<string, string>()).EnsureSuccess();

    private static string Metadata(string key) =>
        typeof(PackedPackages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException(key + " is not set");
}

[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackedPackages>
{
    /// <summary>One pack and one packages folder for all package tests, which run one after the other (2-core machines).</summary>
    public const string Name = "Packed packages";
}
