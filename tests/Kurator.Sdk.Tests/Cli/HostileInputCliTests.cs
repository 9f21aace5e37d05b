using System.IO;
using System.Threading.Tasks;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Cli;

/// <summary>
/// validate, check and apply -f end a hostile file with a <c>file:line: reason</c> line and their bad-input exit code,
/// inside a capped heap (<see cref="CliProcess.HeapLimitBytes"/>): no runaway memory, no stack overflow (exit 134).
/// </summary>
public sealed class HostileInputCliTests : System.IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kurator-hostile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("validate", 1)]
    [InlineData("check", 1)]
    [InlineData("apply", 3)]
    public async Task An_alias_bomb_fails_with_file_and_line(string command, int exitCode)
    {
        var file = Write("bomb.yaml", HostileYaml.AliasBomb());
        var (code, output) = await Run(command, file);
        Assert.True(code == exitCode, $"exit {code}: {output}");
        Assert.Contains(file + ":", output);
        Assert.Contains("excessive aliasing", output);
    }

    [Theory]
    [InlineData("validate", 1)]
    [InlineData("check", 1)]
    [InlineData("apply", 3)]
    public async Task Nesting_20000_levels_deep_fails_with_a_clear_error(string command, int exitCode)
    {
        var file = Write("deep.yaml", HostileYaml.DeepFlow(20_000));
        var (code, output) = await Run(command, file);
        Assert.True(code == exitCode, $"exit {code}: {output}");
        Assert.Contains(file + ":1: nesting deeper than 512 levels is not accepted", output);
    }

    private static Task<(int Code, string Output)> Run(string command, string file) =>
        command == "apply" ? CliProcess.RunAsync("apply", "-f", file) : CliProcess.RunAsync(command, file);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
