using System;
using System.IO;
using Kurator.Sdk.Cli.Commands;
using Kurator.Sdk.Fleet;
using Xunit;

namespace Kurator.Sdk.Tests.Cli;

/// <summary>kurator-sdk check --policy: Kyverno policies over rendered YAML, in the check's line format.</summary>
public sealed class CheckKyvernoPolicyTests : IDisposable
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: web
                image: nginx:latest
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("kurator-check-kyverno-").FullName;

    private static string Policy(string action, string image = "!*:latest") => $$"""
        apiVersion: kyverno.io/v1
        kind: ClusterPolicy
        metadata:
          name: no-latest
        spec:
          validationFailureAction: {{action}}
          rules:
          - name: pinned-tag
            match:
              any:
              - resources:
                  kinds: [Pod]
            validate:
              message: "Images must not use the latest tag."
              pattern:
                spec:
                  containers:
                  - image: "{{image}}"
        """;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_violating_deployment_is_reported_at_the_image_line_with_policy_and_autogen_rule()
    {
        var manifest = Write("app.yaml", Deployment);
        var policy = Write("policy.yaml", Policy("Enforce"));
        var output = new StringWriter();
        var error = new StringWriter();

        var code = CheckCommand.Run([manifest], "baseline", "latest", output, error, policyPaths: [policy]);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.StartsWith(manifest + ":15: Deployment/web: no-latest/autogen-pinned-tag: spec.template.spec.containers[0].image: ", output.ToString());
        Assert.Contains("Images must not use the latest tag.", output.ToString());
        Assert.Contains("1 Kyverno policy(ies), 1 rule finding(s)", error.ToString());
    }

    [Fact]
    public void Repeated_policy_options_each_take_one_value_and_leave_the_manifests_to_the_paths()
    {
        var parsed = CheckCommand.Create().Parse(["--policy", "a.yaml", "--policy", "b.yaml", "app.yaml"]);

        Assert.Empty(parsed.Errors);
        Assert.Equal(["a.yaml", "b.yaml"], parsed.GetValue<string[]>("--policy")!);
        Assert.Equal(["app.yaml"], parsed.GetValue<string[]>("paths")!);
    }

    [Fact]
    public void A_passing_object_exits_zero_and_audit_warn_keeps_an_audit_failure_from_failing_the_run()
    {
        var manifest = Write("app.yaml", Deployment);
        Assert.Equal(ExitCodes.Success, CheckCommand.Run([manifest], "baseline", "latest", new StringWriter(), new StringWriter(), policyPaths: [Write("any.yaml", Policy("Enforce", "*"))]));

        var audit = Write("audit.yaml", Policy("Audit"));
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Failed, CheckCommand.Run([manifest], "baseline", "latest", new StringWriter(), new StringWriter(), policyPaths: [audit]));
        Assert.Equal(ExitCodes.Success, CheckCommand.Run([manifest], "baseline", "latest", output, new StringWriter(), policyPaths: [audit], auditWarn: true));
        Assert.Contains("no-latest/autogen-pinned-tag", output.ToString());
    }

    [Fact]
    public void A_policy_file_that_is_not_a_policy_or_is_missing_fails_the_check()
    {
        var manifest = Write("app.yaml", Deployment.Replace("nginx:latest", "nginx:1.27", StringComparison.Ordinal));
        var output = new StringWriter();
        var code = CheckCommand.Run([manifest], "baseline", "latest", output, new StringWriter(), policyPaths: [manifest, Path.Combine(_dir, "missing.yaml")]);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains(manifest + ":1: not a Kyverno ClusterPolicy or Policy (kyverno.io)", output.ToString());
        Assert.Contains("missing.yaml: no such policy file or folder", output.ToString());
    }

    [Fact]
    public void A_rule_that_needs_the_cluster_is_reported_as_not_evaluated_and_fails_closed()
    {
        var manifest = Write("app.yaml", Deployment);
        var policy = Write("lookup.yaml", """
            apiVersion: kyverno.io/v1
            kind: ClusterPolicy
            metadata:
              name: lookup
            spec:
              validationFailureAction: Enforce
              rules:
              - name: from-configmap
                match:
                  any:
                  - resources:
                      kinds: [Deployment]
                context:
                - name: allowed
                  configMap:
                    name: allowed-images
                    namespace: default
                validate:
                  message: "not allowed"
                  deny:
                    conditions:
                      any:
                      - key: "{{ request.object.metadata.name }}"
                        operator: AnyNotIn
                        value: "{{ allowed.data.names }}"
            """);
        var output = new StringWriter();

        Assert.Equal(ExitCodes.Failed, CheckCommand.Run([manifest], "baseline", "latest", output, new StringWriter(), policyPaths: [policy]));
        Assert.Contains("Deployment/web: lookup/from-configmap: : not evaluated: ", output.ToString());
    }
}
