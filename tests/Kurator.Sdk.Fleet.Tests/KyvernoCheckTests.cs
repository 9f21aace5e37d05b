using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet.Check;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Kyverno.V1;
using Kurator.Sdk.Serialization;
using Quickstart;
using Xunit;
using FleetObject = Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>check and apply evaluate the Kyverno policies the app puts on a cluster (and <c>--policy</c> files) against what that cluster gets.</summary>
public class KyvernoCheckTests
{
    private static string NoLatestPolicy(string action) => $$"""
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
                  - image: "!*:latest"
        """;

    private static KuratorApp AppWithLatestImage(string? policyAction)
    {
        var app = new KuratorApp([], "kyverno-demo") { Output = new StringWriter() };
        var fleet = app.Add(new FleetObject("edge", "default") { Spec = new() { Clusters = [new() { Name = "edge-1", Kind = "AttachedCluster" }] } });
        var web = QuickstartFleet.Web();
        web.Spec!.Template!.Spec!.Containers![0].Image = "nginx:latest";
        app.Workloads(fleet, w =>
        {
            w.Add(new Namespace(QuickstartFleet.WebNamespace));
            w.Add(web);
            if (policyAction is not null)
            {
                w.Add(KubeYaml.Deserialize<ClusterPolicy>(NoLatestPolicy(policyAction)));
            }
        });
        return app;
    }

    [Fact]
    public async Task An_enforced_policy_the_app_puts_on_a_member_refuses_apply_for_a_deployment_that_violates_it()
    {
        var app = AppWithLatestImage("Enforce");

        var finding = Assert.Single(app.Check(), f => f.Rule.StartsWith("no-latest/", System.StringComparison.Ordinal));
        Assert.Equal("edge-1", finding.Cluster);
        Assert.Equal("no-latest/autogen-pinned-tag", finding.Rule);
        Assert.StartsWith("spec.template.spec.containers[0].image: ", finding.Message);
        Assert.Contains("Images must not use the latest tag.", finding.Message);
        Assert.True(finding.Blocking);
        Assert.Equal(ExitCodes.PolicyRefused, await app.RunAsync(["check"]));
        Assert.Equal(ExitCodes.PolicyRefused, await app.RunAsync(["apply", "--local", "--local-ephemeral"]));
        Assert.Contains("refusing to apply", app.Output!.ToString());
    }

    [Fact]
    public void An_audit_policy_is_reported_without_blocking_and_a_pinned_image_passes()
    {
        var audit = AppWithLatestImage("Audit");
        Assert.Contains(audit.Check(), f => f.Rule == "no-latest/autogen-pinned-tag" && !f.Blocking);

        var app = new KuratorApp([], "kyverno-pinned") { Output = new StringWriter() };
        var fleet = app.Add(new FleetObject("edge", "default") { Spec = new() { Clusters = [new() { Name = "edge-1", Kind = "AttachedCluster" }] } });
        app.Workloads(fleet, w =>
        {
            w.Add(new Namespace(QuickstartFleet.WebNamespace));
            w.Add(QuickstartFleet.Web());
            w.Add(KubeYaml.Deserialize<ClusterPolicy>(NoLatestPolicy("Enforce")));
        });
        Assert.DoesNotContain(app.Check(), f => f.Rule.StartsWith("no-latest/", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task Policy_files_apply_to_every_cluster_and_an_unreadable_one_blocks()
    {
        var dir = Directory.CreateTempSubdirectory("kurator-kyverno-").FullName;
        try
        {
            var policy = Path.Combine(dir, "no-latest.yaml");
            File.WriteAllText(policy, NoLatestPolicy("Enforce"));
            var app = AppWithLatestImage(null);
            Assert.DoesNotContain(app.Check(), f => f.Rule.StartsWith("no-latest/", System.StringComparison.Ordinal));
            Assert.Contains(app.Check(new CheckRequest(PolicyFiles: [policy])), f => f.Cluster == "edge-1" && f.Rule == "no-latest/autogen-pinned-tag" && f.Blocking);
            Assert.Equal(ExitCodes.PolicyRefused, await app.RunAsync(["check", "--policy", policy]));

            var notAPolicy = Path.Combine(dir, "cm.yaml");
            File.WriteAllText(notAPolicy, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n");
            var problem = Assert.Single(app.Check(new CheckRequest(PolicyFiles: [notAPolicy])), f => f.Rule == "kyverno");
            Assert.True(problem.Blocking);
            Assert.Contains("cm.yaml:1: not a Kyverno ClusterPolicy or Policy", problem.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
