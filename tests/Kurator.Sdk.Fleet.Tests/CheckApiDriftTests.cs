using System.IO;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet.Check;
using Xunit;
using CurrentCluster = Kurator.Sdk.ClusterApi.Cluster.V1Beta2.Cluster;
using DeprecatedCluster = Kurator.Sdk.ClusterApi.Cluster.V1Beta1.Cluster;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>A KuratorApp's check warns on deprecated or unserved API versions (KSDK6001, KSDK6002) without refusing apply.</summary>
public class CheckApiDriftTests
{
    [Fact]
    public async Task A_deprecated_version_is_an_audit_finding_naming_the_version_to_move_to_and_fail_on_drift_blocks_it()
    {
        var app = new KuratorApp([], "drift-demo");
        // Typed use of a deprecated version compiles without CS0618 (no [Obsolete]): KSDK6001 is the analyzers' warning.
#pragma warning disable KSDK6001
        app.Add(new DeprecatedCluster("edge", "default") { Spec = new() });
#pragma warning restore KSDK6001
        app.Add(new CurrentCluster("core", "default") { Spec = new() });

        var finding = Assert.Single(app.Check());
        Assert.Equal(new CheckFinding("host", "Cluster/default/edge", "KSDK6001", "apiVersion: cluster.x-k8s.io/v1beta1 Cluster is deprecated in Cluster API v1.14.0; move to cluster.x-k8s.io/v1beta2", false), finding);

        var output = new StringWriter();
        app.Output = output;
        Assert.Equal(ExitCodes.Success, await app.RunAsync(["check"]));
        Assert.Contains("KSDK6001", output.ToString());
        Assert.Contains("1 audit finding(s); apply proceeds", output.ToString());
        Assert.Equal(ExitCodes.PolicyRefused, await app.RunAsync(["check", "--fail-on-drift"]));
    }

    [Fact]
    public void Current_versions_give_no_findings()
    {
        var app = new KuratorApp([], "drift-demo");
        app.Add(new CurrentCluster("core", "default") { Spec = new() });
        Assert.DoesNotContain(app.Check(), f => f.Rule.StartsWith("KSDK6", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_application_is_not_judged_when_no_loaded_family_declares_what_flux_serves()
    {
        // This process has no Flux family (neither Kurator.Sdk.Fleet nor the Quickstart references it, so it is not in the
        // output folder for check to load either, as it is beside an app built on the Kurator.Sdk package): the served
        // versions of the Flux objects Kurator's controller creates are the shipped Flux schemas' facts, so without them
        // the Application's fields give no KSDK6002 (kurator-sdk check, which loads every family, reports them).
        Assert.DoesNotContain(System.AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "Kurator.Sdk.Flux");
        var app = QuickstartPlan.App();
        Assert.DoesNotContain(app.Check(), f => f.Rule.StartsWith("KSDK6", System.StringComparison.Ordinal));
    }
}
