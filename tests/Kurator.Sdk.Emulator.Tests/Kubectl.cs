using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace Kurator.Sdk.Emulator.Tests;

/// <summary>Runs the kubectl on PATH against an emulator's kubeconfig, with a per-emulator discovery cache.</summary>
public sealed class Kubectl
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);
    private readonly string _kubeconfig;
    private readonly string _cacheDir;

    public Kubectl(string kubeconfig, string cacheDir)
    {
        _kubeconfig = kubeconfig;
        _cacheDir = cacheDir;
    }

    public static string Path
    {
        get
        {
            var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator)
                .Select(d => System.IO.Path.Combine(d, "kubectl")).FirstOrDefault(File.Exists);
            return found ?? throw new InvalidOperationException(
                "kubectl was not found on PATH. These acceptance tests judge the emulator with a real kubectl 1.32; install it (e.g. /usr/bin/kubectl) and re-run.");
        }
    }

    public ProcessStartInfo StartInfo(params string[] args)
    {
        var psi = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("--kubeconfig");
        psi.ArgumentList.Add(_kubeconfig);
        psi.ArgumentList.Add("--cache-dir");
        psi.ArgumentList.Add(_cacheDir);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("KUBECONFIG");
        return psi;
    }

    public async Task<(int Exit, string Out, string Err)> RunAsync(string? stdin, params string[] args)
    {
        using var p = Process.Start(StartInfo(args))!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin is not null) await p.StandardInput.WriteAsync(stdin);
        p.StandardInput.Close();
        var exited = p.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(Bound)) != exited)
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"kubectl {string.Join(' ', args)} did not finish within {Bound.TotalSeconds}s; stderr so far is unavailable");
        }
        return (p.ExitCode, await stdout, await stderr);
    }

    public async Task<string> OkAsync(string? stdin, params string[] args)
    {
        var (exit, output, error) = await RunAsync(stdin, args);
        if (exit != 0) throw new Xunit.Sdk.XunitException($"kubectl {string.Join(' ', args)} failed ({exit}):\n{error}\n{output}");
        return output;
    }
}
