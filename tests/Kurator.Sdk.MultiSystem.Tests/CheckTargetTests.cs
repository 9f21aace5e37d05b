using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Fleet.Delivery;
using Kurator.Sdk.Fleet.Overrides;
using Kurator.Sdk.Json;
using Kurator.Sdk.Kubernetes.Apps.V1;
using Kurator.Sdk.Kurator.Fleet.V1Alpha1;
using Kurator.Sdk.MultiSystem.Tests.Support;
using Kurator.Sdk.Policy.Rules;
using MultiSystem;
using Xunit;

namespace Kurator.Sdk.MultiSystem.Tests;

/// <summary>
/// <c>check --target t</c> judges what target t puts on each cluster: every member's workloads at the member's level,
/// whichever system carries them (the runtime, a Kurator Application's Git folder, Karmada templates, OCM ManifestWorks,
/// a KubeVela Application), and the target's rendering itself (what it cannot render is refused, exit 3).
/// </summary>
public class CheckTargetTests
{
    public static TheoryData<string> Targets => new() { "direct", "kurator", "karmada", "ocm", "kubevela" };

    /// <summary>The two-cloud app whose fleet enforces baseline, with a privileged web Deployment on every member.</summary>
    private static KuratorApp PrivilegedApp()
    {
        var (app, fleet) = TwoCloudApp.Create(f => f.Spec!.Plugin = new()
        {
            Policy = new()
            {
                Kyverno = new()
                {
                    PodSecurity = new()
                    {
                        Standard = FleetSpecPluginPolicyKyvernoPodSecurityStandard.Baseline,
                        ValidationFailureAction = FleetSpecPluginPolicyKyvernoPodSecurityValidationFailureAction.Enforce,
                    },
                },
            },
        });
        var web = MultiSystemFleet.Web();
        web.Spec!.Template!.Spec!.Containers![0].SecurityContext!.Privileged = true;
        app.Workloads(fleet, w => w.Add(web));
        return app;
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task A_violation_carried_by_any_target_is_reported_on_the_member_that_runs_it(string target)
    {
        var app = PrivilegedApp();

        var findings = app.Check(target: DeliveryTargets.Parse(target));
        var (code, output) = await TwoCloudApp.RunAsync(app, "check", "--target", target);

        Assert.Equal(ExitCodes.PolicyRefused, code);
        // Both members run the pods, at their fleet's enforced level; the carriers on the host (templates, ManifestWorks) are not pods.
        Assert.Equal(["aliyun-1", "aws-1"], findings.Where(f => f.Rule == "privileged" && f.Blocking).Select(f => f.Cluster).Order());
        Assert.DoesNotContain(findings, f => f.Cluster == "host");
        Assert.Contains("Deployment/web/web", output);
        Assert.Contains("2 blocking finding(s)", output);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task A_workload_an_override_makes_unreadable_is_a_blocking_schema_finding_for_every_target(string target)
    {
        var (app, fleet) = TwoCloudApp.Create();
        // The override turns containers into a map on aws-1: whatever carries it, check must not pass it.
        var containers = new JsonObject { ["web"] = new JsonObject { ["name"] = "web", ["image"] = "nginx:1.27" } };
        app.Workloads(fleet, w => w.Add(MultiSystemFleet.Web())
            .Override(ClusterSelector.Named("aws-1"), (OverrideBuilder<Deployment> o) => o.Patch(JsonPatchOperation.Replace("/spec/template/spec/containers", containers))));

        var (code, output) = await TwoCloudApp.RunAsync(app, "check", "--target", target);

        Assert.True(code == ExitCodes.PolicyRefused, output);
        Assert.Contains(app.Check(target: DeliveryTargets.Parse(target)), f => f.Cluster == "aws-1" && f.Rule == "schema" && f.Blocking
            && f.Message == "spec.template.spec.containers: expected a list, got an object");
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task A_clean_app_passes_check_for_every_target(string target)
    {
        var (app, fleet) = TwoCloudApp.Create();
        app.Workloads(fleet, w => w.Add(MultiSystemFleet.Web()));

        var (code, output) = await TwoCloudApp.RunAsync(app, "check", "--target", target, "--level", "restricted");

        Assert.True(code == ExitCodes.Success, output);
        Assert.Contains("check passed", output);
    }

    [Theory]
    [InlineData("kurator")]
    [InlineData("karmada")]
    [InlineData("ocm")]
    [InlineData("kubevela")]
    public async Task What_only_the_chosen_target_cannot_deliver_fails_its_check_and_not_the_direct_one(string target)
    {
        var (app, fleet) = TwoCloudApp.Create();
        app.Workloads(fleet, w => w.Add(MultiSystemFleet.Web()));
        PlanInvariantTests.AddColliding(app, target);

        var (code, output) = await TwoCloudApp.RunAsync(app, "check", "--target", target);
        Assert.Equal(ExitCodes.InvalidUsage, code);
        Assert.Contains($"{target} target: host: ", output);
        Assert.Contains("is defined more than once", output);

        Assert.Equal(ExitCodes.Success, (await TwoCloudApp.RunAsync(app, "check", "--target", "direct")).Code);
    }

    [Fact]
    public async Task Without_target_check_judges_the_projects_own_target()
    {
        var (app, fleet) = TwoCloudApp.Create();
        app.Workloads(fleet, w => w.Add(MultiSystemFleet.Web()));
        PlanInvariantTests.AddColliding(app, "karmada");
        app.Delivery.Target = DeliveryTarget.Karmada;

        Assert.Equal(ExitCodes.InvalidUsage, (await TwoCloudApp.RunAsync(app, "check")).Code);
        // apply runs the same check first: it refuses before starting anything.
        var (code, output) = await TwoCloudApp.RunAsync(app, "apply", "--local");
        Assert.Equal(ExitCodes.InvalidUsage, code);
        Assert.Contains("karmada target: host: Deployment/web/web is defined more than once", output);
        Assert.DoesNotContain("started the emulated fleet", output);
    }

    [Fact]
    public async Task The_kurator_target_without_a_git_repository_fails_its_check()
    {
        var (app, fleet) = TwoCloudApp.Create();
        app.Delivery.GitRepository = null;
        app.Workloads(fleet, w => w.Add(MultiSystemFleet.Web()));

        var (code, output) = await TwoCloudApp.RunAsync(app, "check", "--target", "kurator", "--level", PodSecurityLevel.Restricted.ToString().ToLowerInvariant());

        Assert.Equal(ExitCodes.InvalidUsage, code);
        Assert.Contains("kurator target: set the Git repository", output);
    }
}
