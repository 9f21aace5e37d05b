using System.IO;
using System.Text.Json.Nodes;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Overrides;
using Kurator.Sdk.Kubernetes.Apps.V1;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Kurator.Apps.V1Alpha1;
using Kurator.Sdk.Kurator.Fleet.V1Alpha1;
using FleetObject = Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet;
using Kurator.Sdk.Policy.Rules;
using VolcanoCronJob = Kurator.Sdk.Volcano.Batch.V1Alpha1.CronJob;
using Quickstart;
using Xunit;
using Kurator.Sdk.Json;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>check, and the same rules run before apply.</summary>
public class CheckTests
{
    private static KuratorApp AppWithPrivilegedWorkload(FleetSpecPluginPolicyKyvernoPodSecurityValidationFailureAction action)
    {
        var app = new KuratorApp([], "policy-demo");
        var fleet = app.Add(new FleetObject("guarded", "default")
        {
            Spec = new()
            {
                Clusters = [new() { Name = "edge-1", Kind = "AttachedCluster" }],
                Plugin = new()
                {
                    Policy = new()
                    {
                        Kyverno = new()
                        {
                            PodSecurity = new() { Standard = FleetSpecPluginPolicyKyvernoPodSecurityStandard.Baseline, ValidationFailureAction = action },
                        },
                    },
                },
            },
        });
        var web = QuickstartFleet.Web();
        web.Spec!.Template!.Spec!.Containers![0].SecurityContext!.Privileged = true;
        app.Workloads(fleet, w =>
        {
            w.Add(new Namespace(QuickstartFleet.WebNamespace));
            w.Add(web);
        });
        return app;
    }

    [Fact]
    public async Task The_quickstart_passes_check_at_its_fleet_policy_and_at_restricted()
    {
        var app = QuickstartPlan.App();
        app.Output = new StringWriter();
        Assert.Empty(app.Check());
        Assert.Empty(app.Check(PodSecurityLevel.Restricted));
        Assert.Equal(ExitCodes.Success, await app.RunAsync(["check", "--level", "restricted"]));
    }

    [Fact]
    public async Task A_fleet_that_enforces_makes_apply_refuse_before_anything_is_sent()
    {
        var app = AppWithPrivilegedWorkload(FleetSpecPluginPolicyKyvernoPodSecurityValidationFailureAction.Enforce);
        var output = new StringWriter();
        app.Output = output;

        Assert.Contains(app.Check(), f => f.Cluster == "edge-1" && f.Rule == "privileged" && f.Blocking);
        Assert.Equal(ExitCodes.PolicyRefused, await app.RunAsync(["check"]));
        Assert.Equal(ExitCodes.PolicyRefused, await app.RunAsync(["apply", "--local", "--local-ephemeral"]));
        Assert.Contains("refusing to apply", output.ToString());
        Assert.DoesNotContain("started the emulated fleet", output.ToString());
    }

    [Fact]
    public async Task A_fleet_in_audit_mode_reports_violations_and_still_applies()
    {
        var app = AppWithPrivilegedWorkload(FleetSpecPluginPolicyKyvernoPodSecurityValidationFailureAction.Audit);
        var output = new StringWriter();
        app.Output = output;

        var findings = app.Check();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.False(f.Blocking));
        Assert.True(await app.RunAsync(["apply", "--local", "--local-ephemeral", "--timeout", "60"]) == ExitCodes.Success, output.ToString());
        Assert.Contains("audit finding(s); apply proceeds", output.ToString());
        Assert.Equal(ExitCodes.PolicyRefused, await app.RunAsync(["check", "--level", "baseline"]));
    }

    // One resolution with the analyzers (FleetPodSecurity.Combine): a member of several fleets is held to the highest
    // level, and a fleet that says Enforce anywhere enforces; before, an auditing stricter fleet dropped the enforcement.
    [Fact]
    public void A_member_of_an_enforcing_fleet_and_a_stricter_auditing_fleet_is_held_to_the_stricter_level_and_enforced()
    {
        var app = new KuratorApp([], "two-fleets");
        FleetObject Guarded(string name, FleetSpecPluginPolicyKyvernoPodSecurityStandard standard, FleetSpecPluginPolicyKyvernoPodSecurityValidationFailureAction action) =>
            app.Add(new FleetObject(name, "default")
            {
                Spec = new()
                {
                    Clusters = [new() { Name = "edge-1", Kind = "AttachedCluster" }],
                    Plugin = new() { Policy = new() { Kyverno = new() { PodSecurity = new() { Standard = standard, ValidationFailureAction = action } } } },
                },
            });
        var enforcing = Guarded("enforcing", FleetSpecPluginPolicyKyvernoPodSecurityStandard.Baseline, FleetSpecPluginPolicyKyvernoPodSecurityValidationFailureAction.Enforce);
        Guarded("strict-audit", FleetSpecPluginPolicyKyvernoPodSecurityStandard.Restricted, FleetSpecPluginPolicyKyvernoPodSecurityValidationFailureAction.Audit);
        var web = QuickstartFleet.Web();
        web.Spec!.Template!.Spec!.Containers![0].SecurityContext!.AllowPrivilegeEscalation = true;
        app.Workloads(enforcing, w =>
        {
            w.Add(new Namespace(QuickstartFleet.WebNamespace));
            w.Add(web);
        });

        var findings = app.Check();

        Assert.Contains(findings, f => f.Cluster == "edge-1" && f.Rule == "allowPrivilegeEscalation" && f.Blocking);
    }

    [Fact]
    public void Schema_errors_are_blocking()
    {
        var app = new KuratorApp([], "schema-demo");
        var fleet = app.Add(new FleetObject("f", "default") { Spec = new() { Clusters = [new() { Name = "m1", Kind = "AttachedCluster" }] } });
        app.Add(new Application("bad-interval", "default")
        {
            Spec = new()
            {
                Source = new() { GitRepository = new() { Url = "https://example.com/repo", Interval = "five minutes" } },
                SyncPolicies = [new() { Destination = fleet }],
            },
        });
        app.Workloads(fleet, w => w.Add(QuickstartFleet.Web()));

        var findings = app.Check();

        Assert.Contains(findings, f => f.Rule == "schema" && f.Blocking && f.Cluster == "host" && f.Object == "Application/default/bad-interval");
    }

    [Fact]
    public async Task An_object_check_cannot_read_after_its_overrides_is_blocking_not_passed()
    {
        var app = new KuratorApp([], "override-demo");
        var fleet = app.Add(new FleetObject("f", "default") { Spec = new() { Clusters = [new() { Name = "edge-1", Kind = "AttachedCluster" }] } });
        // The override turns containers into a map: the Pod Security rules cannot see the privileged container in it.
        var containers = new JsonObject
        {
            ["web"] = new JsonObject { ["name"] = "web", ["image"] = "nginx:1.27", ["securityContext"] = new JsonObject { ["privileged"] = true } },
        };
        app.Workloads(fleet, w => w.Add(QuickstartFleet.Web())
            .Override(c => c.Name == "edge-1", (OverrideBuilder<Deployment> o) => o.Patch(JsonPatchOperation.Replace("/spec/template/spec/containers", containers))));
        app.Output = new StringWriter();

        var findings = app.Check();

        Assert.Contains(findings, f => f.Cluster == "edge-1" && f.Rule == "schema" && f.Blocking
            && f.Message == "spec.template.spec.containers: expected a list, got an object");
        Assert.Equal(ExitCodes.PolicyRefused, await app.RunAsync(["check"]));
    }

    [Fact]
    public void A_pod_inside_a_Volcano_CronJob_is_checked()
    {
        var app = new KuratorApp([], "volcano-demo");
        var fleet = app.Add(new FleetObject("f", "default") { Spec = new() { Clusters = [new() { Name = "gpu-1", Kind = "AttachedCluster" }] } });
        var pod = new PodTemplateSpec
        {
            Spec = new()
            {
                HostPID = true,
                Containers = [new() { Name = "train", Image = "busybox:1.37.0", SecurityContext = new() { Privileged = true } }],
            },
        };
        app.Workloads(fleet, w => w.Add(new VolcanoCronJob("nightly", "default")
        {
            Spec = new() { Schedule = "0 0 * * *", JobTemplate = new() { Spec = new() { Tasks = [new() { Name = "t", Replicas = 1, Template = pod }] } } },
        }));

        var findings = app.Check(PodSecurityLevel.Baseline);

        Assert.Contains(findings, f => f.Cluster == "gpu-1" && f.Rule == "privileged" && f.Message.StartsWith("spec.jobTemplate.spec.tasks[0].template.spec.containers[0].securityContext.privileged: "));
        Assert.Contains(findings, f => f.Cluster == "gpu-1" && f.Rule == "hostNamespaces");
    }
}
