namespace Kurator.Sdk.Watch.Benchmarks;

/// <summary>
/// A scratch folder outside the repository with a deployment project made by <c>dotnet new kurator-fleet</c> from this
/// repository's packed packages (as a user gets them: PackageReference, analyzers, Release libraries), and an empty
/// console project for the floor. Restores go to the scratch folder's own packages folder, so an older package extracted
/// earlier under the same version is never used.
/// </summary>
internal sealed class Workspace : IDisposable
{
    public const string ProjectName = "WatchFleet";

    private Workspace(string root, string packages)
    {
        Root = root;
        Packages = packages;
        Environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(root, "nuget-packages"),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            // Edits hot reload cannot apply: rebuild and restart without asking (what the README tells users to set).
            ["DOTNET_WATCH_RESTART_ON_RUDE_EDIT"] = "1",
        };
    }

    public string Root { get; }

    public string Packages { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public string Fleet => Path.Combine(Root, ProjectName);

    public string Console => Path.Combine(Root, "EmptyConsole");

    public string Definition => Path.Combine(Fleet, "FleetDefinition.cs");

    /// <summary>Packs (unless <paramref name="packages"/> already holds the packages) and scaffolds both projects.</summary>
    public static Workspace Create(string repoRoot, string? packages)
    {
        var folder = packages ?? Path.Combine(repoRoot, "artifacts", "packages");
        if (packages is null)
        {
            foreach (var project in new[] { "packaging/Kurator.Sdk/Kurator.Sdk.Package.csproj", "packaging/Kurator.Sdk.Emulator/Kurator.Sdk.Emulator.Package.csproj", "templates/Kurator.Sdk.Templates.csproj" })
            {
                Log($"packing {project}");
                Run.Dotnet(repoRoot, new Dictionary<string, string>(), "pack", Path.Combine(repoRoot, project), "-c", "Release", "-o", folder, "-tl:off");
            }
        }

        var root = Directory.CreateTempSubdirectory("kurator-watch-bench-").FullName;
        var workspace = new Workspace(root, folder);
        // No <clear/>: the machine's own sources stay (the third-party dependencies come from there).
        File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="kurator-sdk-local" value="{folder}" />
              </packageSources>
            </configuration>
            """);
        var hive = Path.Combine(root, "hive");
        var templates = Directory.GetFiles(folder, "Kurator.Sdk.Templates.*.nupkg").OrderByDescending(File.GetLastWriteTimeUtc).First();
        Run.Dotnet(root, workspace.Environment, "new", "install", templates, "--debug:custom-hive", hive);
        Run.Dotnet(root, workspace.Environment, "new", "kurator-fleet", "-n", ProjectName, "-o", workspace.Fleet, "--debug:custom-hive", hive);
        Run.Dotnet(root, workspace.Environment, "new", "console", "-n", "EmptyConsole", "-o", workspace.Console);
        return workspace;
    }

    public static void Log(string message) => System.Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the folder is under the temp directory anyway.
        }
    }
}
