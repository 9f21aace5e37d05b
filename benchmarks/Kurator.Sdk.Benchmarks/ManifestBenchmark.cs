using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;

namespace Kurator.Sdk.Benchmarks;

/// <summary>
/// <c>kurator-sdk validate</c> and <c>check</c> over one large file of ConfigMaps (50 MB by default), each run in a fresh
/// process of the built tool: wall time, objects per second and peak resident memory (the figures issue 13 tracks).
/// </summary>
public static class ManifestBenchmark
{
    /// <summary>Writes the input and runs both commands, printing one line per command.</summary>
    public static void Run(int megabytes, string cli)
    {
        var dir = Directory.CreateTempSubdirectory("kurator-manifest-bench-").FullName;
        try
        {
            var file = Path.Combine(dir, "configmaps.yaml");
            var objects = Write(file, megabytes * 1024L * 1024);
            Console.WriteLine($"{objects:N0} ConfigMaps, {new FileInfo(file).Length / (1024.0 * 1024):F1} MB, tool {cli}");
            Console.WriteLine($"  {"command",-9} {"exit",4} {"seconds",8} {"objects/s",10} {"peak MB",8}");
            foreach (var command in new[] { "validate", "check" })
            {
                var (exit, seconds, peakBytes) = Measure(cli, command, file);
                Console.WriteLine($"  {command,-9} {exit,4} {seconds,8:F2} {objects / seconds,10:N0} {peakBytes / (1024.0 * 1024),8:F0}");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Writes ConfigMaps (about 1 KB each, valid for validate and check) until the file reaches the size; returns how many.</summary>
    public static int Write(string file, long bytes)
    {
        using var writer = new StreamWriter(file, append: false, new UTF8Encoding(false));
        var count = 0;
        var sb = new StringBuilder(2048);
        while (writer.BaseStream.Length < bytes)
        {
            sb.Clear();
            sb.Append(count == 0 ? string.Empty : "---\n");
            sb.Append("apiVersion: v1\nkind: ConfigMap\nmetadata:\n");
            sb.Append(CultureInfo.InvariantCulture, $"  name: settings-{count}\n  namespace: team-{count % 17}\n");
            sb.Append(CultureInfo.InvariantCulture, $"  labels:\n    app.kubernetes.io/name: service-{count % 101}\n    app.kubernetes.io/part-of: benchmark\n");
            sb.Append("data:\n");
            for (var k = 0; k < 8; k++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  key-{k}: \"value {k} of configmap {count}: {new string((char)('a' + (k + count) % 26), 64)}\"\n");
            }

            writer.Write(sb);
            writer.Flush();
            count++;
        }

        return count;
    }

    // One run of "dotnet <cli> <command> <file>": the exit code, wall seconds and peak resident set of the child.
    private static (int Exit, double Seconds, long PeakBytes) Measure(string cli, string command, string file)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(cli);
        psi.ArgumentList.Add(command);
        psi.ArgumentList.Add(file);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        // The high-water mark only grows, so sampling it until the child ends catches its peak (to within one sample).
        var peak = 0L;
        while (!process.WaitForExit(10))
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                break;
            }
        }

        process.WaitForExit();
        watch.Stop();
        _ = output.Result;
        _ = error.Result;
        return (process.ExitCode, watch.Elapsed.TotalSeconds, peak);
    }
}
