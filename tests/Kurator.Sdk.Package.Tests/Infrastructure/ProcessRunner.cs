using System.Diagnostics;
using System.Text;

namespace Kurator.Sdk.Package.Tests.Infrastructure;

/// <summary>
/// Runs dotnet (or an installed tool) the way a user's shell would: the test host's MSBuild variables are removed so the
/// child does not build against the test run's MSBuild; the caller adds what isolates it (NUGET_PACKAGES, ...).
/// </summary>
public static class ProcessRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static ProcessResult Run(string fileName, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var name in info.Environment.Keys.ToList())
        {
            // dotnet test sets MSBuild paths for its own build; a child build must find its SDK itself.
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                info.Environment.Remove(name);
            }
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var command = fileName + " " + string.Join(' ', arguments);
        var output = new StringBuilder();
        var standardOutput = new StringBuilder();
        var standardError = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, standardOutput, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, standardError, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new Xunit.Sdk.XunitException($"`{command}` did not finish within {Timeout.TotalMinutes} minutes:{Environment.NewLine}{Snapshot(output)}");
        }

        process.WaitForExit();
        return new ProcessResult(command, process.ExitCode, Snapshot(output), Snapshot(standardOutput), Snapshot(standardError));
    }

    private static void Append(StringBuilder output, StringBuilder stream, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
            stream.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
