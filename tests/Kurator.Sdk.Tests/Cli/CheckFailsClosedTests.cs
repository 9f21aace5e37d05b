using System;
using System.IO;
using System.Linq;
using Kurator.Sdk.Cli.Commands;
using Kurator.Sdk.Fleet;
using Xunit;

namespace Kurator.Sdk.Tests.Cli;

/// <summary>
/// kurator-sdk check fails closed: what it cannot read is reported like validate reports it (file:line: path: message,
/// exit 1), never passed; a clean pass says what was checked.
/// </summary>
public sealed class CheckFailsClosedTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kurator-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string[] Lines, string Summary) Check(string yaml, string level = "baseline")
    {
        var file = Path.Combine(_dir, "input.yaml");
        File.WriteAllText(file, yaml.Replace("\r\n", "\n", StringComparison.Ordinal));
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CheckCommand.Run(new[] { file }, level, "latest", output, error);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Replace(file, "input.yaml", StringComparison.Ordinal)).ToArray();
        return (code, lines, error.ToString().Trim());
    }

    [Fact]
    public void A_pod_whose_containers_is_a_map_holding_privileged_is_reported_not_passed()
    {
        var (code, lines, summary) = Check("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: sneaky
            spec:
              containers:
                shell:
                  name: shell
                  image: busybox:1.37.0
                  securityContext:
                    privileged: true
            """);
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("input.yaml:7: spec.containers: expected a list, got an object", lines);
        Assert.StartsWith("checked 1 object(s) in 1 file(s): ", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void List_and_scalar_documents_missing_apiVersion_or_kind_unknown_kinds_and_wrong_types_each_get_a_line()
    {
        var (code, lines, summary) = Check("""
            - apiVersion: v1
              kind: Pod
            ---
            just a scalar
            ---
            kind: Pod
            metadata:
              name: no-api-version
            ---
            apiVersion: v1
            metadata:
              name: no-kind
            ---
            apiVersion: example.com/v1
            kind: Widget
            metadata:
              name: w
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: typed-wrong
            spec:
              replicas: many
              selector: {}
              template:
                spec:
                  containers: []
            """);
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Equal(new[]
        {
            "input.yaml:1: a Kubernetes object must be a mapping",
            "input.yaml:4: a Kubernetes object must be a mapping",
            "input.yaml:6: apiVersion: missing",
            "input.yaml:10: kind: missing",
            "input.yaml:15: kind: unknown kind Widget (example.com/v1): no CRD or core schema defines it",
        }, lines.Take(5));
        Assert.Contains(lines, l => l.StartsWith("input.yaml:24: spec.replicas: ", StringComparison.Ordinal));
        Assert.Equal("checked 6 object(s) in 1 file(s): " + (lines.Length) + " problem(s), 0 violation(s) at level baseline", summary);
    }

    [Fact]
    public void A_bad_name_fails_check_as_it_fails_validate()
    {
        var (code, lines, _) = Check("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: Bad_Name
            """);
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Single(lines);
        Assert.StartsWith("input.yaml:4: metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_pass_prints_a_one_line_summary()
    {
        var (code, lines, summary) = Check("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
              - name: web
                image: nginx:1.27
            """);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(lines);
        Assert.Equal("checked 2 object(s) in 1 file(s): no violations at level baseline", summary);
    }

    [Fact]
    public void A_v1_List_is_read_validated_and_checked_item_by_item()
    {
        var (code, lines, summary) = Check("""
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: Pod
              metadata:
                name: p
              spec:
                containers:
                - name: a
                  image: busybox:1.37.0
                  securityContext:
                    privileged: true
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: Upper
            """);
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("input.yaml:13: Pod/p: privileged: spec.containers[0].securityContext.privileged: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("input.yaml:17: metadata.name: Invalid value: \"Upper\"", lines[1], StringComparison.Ordinal);
        Assert.Equal("checked 2 object(s) in 1 file(s): 1 problem(s), 1 violation(s) at level baseline", summary);
    }

    [Fact]
    public void A_path_that_does_not_exist_fails()
    {
        var output = new StringWriter();
        var missing = Path.Combine(_dir, "nope.yaml");
        Assert.Equal(ExitCodes.Failed, CheckCommand.Run(new[] { missing }, "baseline", "latest", output, new StringWriter()));
        Assert.Contains(missing + ": no such file or folder", output.ToString(), StringComparison.Ordinal);
    }
}
