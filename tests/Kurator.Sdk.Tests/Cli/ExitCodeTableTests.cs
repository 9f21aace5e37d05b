using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Kurator.Sdk.Cli.Commands;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Cli;

/// <summary>One exit-code table: ExitCodes holds every code, docs/cli.md documents exactly those, and no command returns a literal.</summary>
public class ExitCodeTableTests
{
    private static int[] Codes() => typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (int)f.GetRawConstantValue()!).Distinct().OrderBy(c => c).ToArray();

    [Fact]
    public void The_documented_table_lists_exactly_the_codes_of_ExitCodes()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "cli.md"));
        var section = doc[doc.IndexOf("\n## Exit codes\n", System.StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 5, System.StringComparison.Ordinal)];
        var documented = Regex.Matches(section, @"^\| (\d+) \|", RegexOptions.Multiline).Select(m => int.Parse(m.Groups[1].Value)).ToArray();
        Assert.Equal(new[] { 0, 1, 2, 3, 4, 130, 143 }, Codes());
        Assert.Equal(Codes(), documented);
    }

    [Theory]
    [InlineData("src/Kurator.Sdk.Cli")]
    [InlineData("src/Kurator.Sdk.Fleet/Commands")]
    public void Commands_return_named_exit_codes_not_literals(string folder)
    {
        var literal = new Regex(@"return\s+\d+\s*;|\?\s*\d+\s*:\s*\d+\s*;");
        var offenders = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", System.StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: Path.GetRelativePath(RepoPaths.Root, f), Line: i + 1, Text: line.Trim())))
            .Where(l => literal.IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}")
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_emulator_refuses_zero_clusters_as_invalid_usage_before_starting_anything()
    {
        var kubeconfig = Path.Combine(Path.GetTempPath(), "kurator-never-written-" + System.Guid.NewGuid().ToString("N"));
        var code = EmulatorCliCommand.Create().Parse(new[] { "--clusters", "0", "--kubeconfig", kubeconfig }).Invoke();
        Assert.Equal(ExitCodes.InvalidUsage, code);
        Assert.False(File.Exists(kubeconfig));
    }
}
