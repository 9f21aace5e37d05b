using System;
using System.IO;
using Kurator.Sdk.Cli.Commands;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Cli;

/// <summary>
/// kurator-sdk test with a Kyverno CLI values file (Fixtures/kyverno-values): global values (request.operation),
/// per-resource values, a context entry supplied per rule, namespace labels for namespaceSelector, the inline and legacy
/// forms; what the values do not supply stays not evaluated, and a bad values file is reported with file, line and field.
/// </summary>
public class TestCommandValuesTests
{
    private static string Fixtures => Path.Combine(RepoPaths.Root, "tests", "Kurator.Sdk.Tests", "Fixtures", "kyverno-values");

    [Fact]
    public void Global_resource_rule_and_namespace_values_meet_every_expectation()
    {
        var (code, output, error) = Run(Copy("values-file"), Copy("namespace-selector"));
        Assert.Equal(string.Empty, error);
        Assert.Contains("Test Summary: 8 tests passed and 0 tests failed\n", output, StringComparison.Ordinal);
        Assert.Equal(0, code);
    }

    [Fact]
    public void Without_the_values_the_same_tests_are_not_met()
    {
        var dir = Copy("values-file");
        Edit(dir, "kyverno-test.yaml", "variables: values.yaml\n", string.Empty);
        var (code, output, _) = Run(dir);
        Assert.Equal(1, code);
        Assert.Contains("got no result (the rule does not match the resource)", output, StringComparison.Ordinal);
        Assert.Contains("not evaluated: the rule loads context entries", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_context_entry_the_values_do_not_supply_stays_not_evaluated()
    {
        var dir = Copy("values-file");
        Edit(dir, "values.yaml", "      registries.data.prefix: ghcr.io/\n", "      other.data.prefix: ghcr.io/\n");
        var (code, output, _) = Run(dir);
        Assert.Equal(1, code);
        Assert.Contains("not evaluated: the rule loads context entry \"registries\" from the cluster, and no value is supplied for it", output, StringComparison.Ordinal);
        Assert.Contains("Test Summary: 4 tests passed and 2 tests failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_namespace_the_values_do_not_label_stays_not_evaluated()
    {
        var dir = Copy("namespace-selector");
        Edit(dir, "values.yaml", "- name: shop\n", "- name: shop-old\n");
        var (code, output, _) = Run(dir);
        Assert.Equal(1, code);
        Assert.Contains("not evaluated: namespaceSelector needs the labels of namespace \"shop\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Per_resource_values_apply_to_their_resource_only()
    {
        // thawed-pod (env: dev) gets environment=dev and passes; frozen-pod keeps prod and passes.
        var dir = Copy("values-file");
        Edit(dir, "values.yaml", "  - name: thawed-pod\n    values:\n      environment: prod\n", "  - name: thawed-pod\n    values:\n      environment: dev\n");
        var (_, output, _) = Run(dir);
        Assert.Contains("want fail, got pass", output, StringComparison.Ordinal);
        Assert.Contains("Test Summary: 5 tests passed and 1 tests failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_values_are_read_like_a_values_file()
    {
        var dir = Copy("namespace-selector");
        Edit(dir, "kyverno-test.yaml", "variables: values.yaml\n", "values:\n  namespaceSelector:\n  - name: shop\n    labels: {env: prod}\n");
        var (code, output, error) = Run(dir);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Test Summary: 2 tests passed and 0 tests failed", output, StringComparison.Ordinal);
        Assert.Equal(0, code);
    }

    [Theory]
    [InlineData("  - name: allowed-registry\n", "  - nam: allowed-registry\n", @"values\.yaml:18: policies\[1\]\.rules\[0\]\.nam: unknown field")]
    [InlineData("globalValues:\n  request.operation: UPDATE\n", "globalValues: [UPDATE]\n", @"values\.yaml:5: globalValues: expected a mapping of variable names to values")]
    [InlineData("kind: Values\n", "kind: Test\n", @"values\.yaml:2: kind: expected Values")]
    [InlineData("policies:\n", "policy:\n", @"values\.yaml:7: policy: unknown field")]
    public void A_bad_values_file_is_an_input_problem_with_file_line_and_field(string from, string to, string expected)
    {
        var dir = Copy("values-file");
        Edit(dir, "values.yaml", from, to);
        var (code, output, error) = Run(dir);
        Assert.Equal(3, code);
        Assert.Matches(expected, error);
        Assert.Contains("not evaluated: the test's values could not be read", output, StringComparison.Ordinal);
        Assert.DoesNotContain("tests passed and 0 tests failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_values_file_is_an_input_problem()
    {
        var dir = Copy("values-file");
        File.Delete(Path.Combine(dir, "values.yaml"));
        var (code, _, error) = Run(dir);
        Assert.Equal(3, code);
        Assert.Contains("values.yaml: no such values file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_namespace_label_is_reported_at_its_field()
    {
        var dir = Copy("namespace-selector");
        Edit(dir, "values.yaml", "    env: dev\n", "    env: [dev]\n");
        var (code, _, error) = Run(dir);
        Assert.Equal(3, code);
        Assert.Matches(@"values\.yaml:\d+: namespaceSelector\[1\]\.labels\.env: a label value must be a string", error);
    }

    private static (int Code, string Output, string Error) Run(params string[] paths)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = TestCommand.Run(paths, failOnly: false, output, error);
        return (code, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }

    private static void Edit(string dir, string file, string from, string to)
    {
        var path = Path.Combine(dir, file);
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    // A copy of one fixture folder, to change.
    private static string Copy(string name)
    {
        var source = Path.Combine(Fixtures, name);
        var target = Path.Combine(Directory.CreateTempSubdirectory("kurator-values-").FullName, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }
}
