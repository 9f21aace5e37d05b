using System;
using System.IO;
using System.Linq;
using Kurator.Sdk.Cli.Commands;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Cli;

/// <summary>
/// kurator-sdk test: the Kyverno policy library's own test files (../shared/test-vectors/kyverno-policies, beside the
/// repository as CI lays it) all pass through the SDK's engine; a wrong expectation, an unsupported rule and bad input
/// are reported with the right exit codes.
/// </summary>
public class TestCommandTests
{
    private static string Vectors
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "test-vectors", "kyverno-policies"));
            Assert.True(Directory.Exists(dir), $"the Kyverno test vectors are expected at {dir} (the shared folder beside the repository)");
            return dir;
        }
    }

    private static (int Code, string Output, string Error) Run(params string[] paths)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = TestCommand.Run(paths, failOnly: false, output, error);
        return (code, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }

    [Fact]
    public void Every_validate_expectation_of_the_kyverno_policy_library_is_met()
    {
        var (code, output, error) = Run(Vectors);
        Assert.True(code == 0, output + error);
        Assert.Contains("Test Summary: 1018 tests passed and 0 tests failed\n", output, StringComparison.Ordinal);
        Assert.Contains("\n7 tests skipped (mutate and generate rules are not supported)\n", output, StringComparison.Ordinal);
        Assert.Contains("│ ID │ POLICY", output, StringComparison.Ordinal);
        Assert.Contains("│ autogen-cronjob-", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_expectation_fails_the_run_with_what_was_wanted()
    {
        var dir = Copy("best-practices/disallow-latest-tag");
        var test = Path.Combine(dir, ".kyverno-test", "kyverno-test.yaml");
        File.WriteAllText(test, File.ReadAllText(test).Replace("  - myapp-pod\n  result: pass\n  rule: require-image-tag", "  - myapp-pod\n  result: fail\n  rule: require-image-tag", StringComparison.Ordinal));
        var (code, output, _) = Run(dir);
        Assert.Equal(1, code);
        Assert.Contains("want fail, got pass", output, StringComparison.Ordinal);
        Assert.Contains("Test Summary: 9 tests passed and 1 tests failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_the_engine_cannot_evaluate_is_a_mismatch_not_a_pass()
    {
        var dir = Copy("best-practices/restrict-image-registries");
        var policy = Path.Combine(dir, "restrict-image-registries.yaml");
        var text = File.ReadAllText(policy);
        var rules = text.IndexOf("  rules:\n", StringComparison.Ordinal) + "  rules:\n".Length;
        File.WriteAllText(policy, text.Insert(text.IndexOf("    validate:", rules, StringComparison.Ordinal), "    context:\n    - name: allowed\n      configMap: {name: registries, namespace: default}\n"));
        var (code, output, _) = Run(dir);
        Assert.Equal(1, code);
        Assert.Contains("not evaluated: the rule loads context entries", output, StringComparison.Ordinal);
        Assert.DoesNotContain("and 0 tests failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_test_file_or_a_missing_folder_is_a_usage_error()
    {
        var empty = Directory.CreateTempSubdirectory("kurator-test-empty-").FullName;
        Assert.Equal(3, Run(empty).Code);
        var (code, _, error) = Run(Path.Combine(empty, "missing"));
        Assert.Equal(3, code);
        Assert.Contains("no such file or folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_policy_is_an_input_error_naming_file_line_and_field()
    {
        var dir = Copy("best-practices/require-labels");
        var policy = Path.Combine(dir, "require-labels.yaml");
        File.WriteAllText(policy, File.ReadAllText(policy).Replace("validationFailureAction: Audit", "validationFailureAction: Block", StringComparison.Ordinal));
        var (code, _, error) = Run(dir);
        Assert.Equal(3, code);
        Assert.Matches(@"require-labels\.yaml:\d+: spec\.validationFailureAction: unknown failure action ""Block""", error);
    }

    // A copy of one vector folder (policy and .kyverno-test/) to change.
    private static string Copy(string relative)
    {
        var source = Path.Combine(Vectors, relative);
        var target = Path.Combine(Directory.CreateTempSubdirectory("kurator-test-").FullName, Path.GetFileName(source));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }
}
