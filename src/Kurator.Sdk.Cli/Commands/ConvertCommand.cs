using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Cli.Conversion;
using Kurator.Sdk.Cli.Inputs;

namespace Kurator.Sdk.Cli.Commands;

/// <summary>
/// <c>kurator-sdk convert &lt;file.yaml&gt; --project &lt;dir&gt;</c>: writes a console project whose Program.cs builds the
/// same objects with the typed API and whose <c>dotnet run</c> prints them as YAML.
/// </summary>
public static class ConvertCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The YAML/JSON manifest to convert" };
        var project = new Option<string>("--project") { Description = "The folder of the project to write", Required = true };
        var sdk = new Option<string?>("--sdk") { Description = "A Kurator.Sdk checkout to reference (default: the one this CLI runs from, else the NuGet package)" };
        var command = new Command("convert", "Turn YAML into a C# project that builds the same objects with the typed API");
        command.Arguments.Add(file);
        command.Options.Add(project);
        command.Options.Add(sdk);
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(project)!, result.GetValue(sdk), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Converts; returns 0 on success, 1 when the input has errors.</summary>
    public static int Run(string file, string projectDir, string? sdkRoot, TextWriter output, TextWriter error)
    {
        if (!File.Exists(file))
        {
            error.WriteLine($"{file}: no such file");
            return ExitCodes.Failed;
        }

        if (sdkRoot != null && !File.Exists(Path.Combine(sdkRoot, "Kurator.Sdk.sln")))
        {
            error.WriteLine($"--sdk {sdkRoot}: not a Kurator.Sdk checkout (no Kurator.Sdk.sln there)");
            return ExitCodes.Failed;
        }

        var loaded = ManifestLoader.Load(file, loose: false);
        foreach (var e in loaded.Errors)
        {
            error.WriteLine(e);
        }

        if (!loaded.Success || loaded.Objects.Count == 0)
        {
            error.WriteLine(loaded.Objects.Count == 0 && loaded.Success ? $"{file}: no objects to convert" : $"{file}: fix the errors above first (kurator-sdk validate shows them all)");
            return ExitCodes.Failed;
        }

        var program = ProgramWriter.Write(loaded.Objects.Select(o => o.Resource).ToList(), file);
        var name = new DirectoryInfo(Path.GetFullPath(projectDir)).Name;
        ProjectWriter.Write(projectDir, name, program, sdkRoot ?? ProjectWriter.FindSdkRoot(), typeof(ConvertCommand).Assembly.GetName().Version?.ToString(3) ?? "0.1.0");
        output.WriteLine($"wrote {Path.Combine(projectDir, name + ".csproj")} and Program.cs ({loaded.Objects.Count} object(s)); run it with: dotnet run --project {projectDir}");
        return ExitCodes.Success;
    }
}
