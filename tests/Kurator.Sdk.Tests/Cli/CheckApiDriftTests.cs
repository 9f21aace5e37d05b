using System.IO;
using System.Linq;
using Kurator.Sdk.Cli.Commands;
using Kurator.Sdk.Fleet;
using Xunit;

namespace Kurator.Sdk.Tests.Cli;

/// <summary>kurator-sdk check: a warning line per object in a deprecated or unserved API version (KSDK6001, KSDK6002).</summary>
public class CheckApiDriftTests
{
    private const string DeprecatedCluster = "apiVersion: cluster.x-k8s.io/v1beta1\nkind: Cluster\nmetadata:\n  name: edge\n  namespace: default\nspec: {}\n";
    private const string CurrentCluster = "apiVersion: cluster.x-k8s.io/v1beta2\nkind: Cluster\nmetadata:\n  name: core\n  namespace: default\nspec: {}\n";

    [Fact]
    public void A_deprecated_version_is_a_warning_line_that_keeps_exit_zero_unless_fail_on_drift()
    {
        WithFile("clusters.yaml", DeprecatedCluster + "---\n" + CurrentCluster, file =>
        {
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.Equal(ExitCodes.Success, CheckCommand.Run(new[] { file }, "baseline", "latest", output, error));
            var line = Assert.Single(Lines(output));
            Assert.Equal(file + ":1: Cluster/edge: KSDK6001: apiVersion: cluster.x-k8s.io/v1beta1 Cluster is deprecated in Cluster API v1.14.0; move to cluster.x-k8s.io/v1beta2", line);
            Assert.Contains("checked 2 object(s) in 1 file(s): no violations at level baseline; 1 API drift warning(s)", error.ToString());

            var strict = new StringWriter();
            Assert.Equal(ExitCodes.Failed, CheckCommand.Run(new[] { file }, "baseline", "latest", strict, new StringWriter(), failOnDrift: true));
            Assert.Equal(line, Assert.Single(Lines(strict)));
        });
    }

    [Fact]
    public void A_flux_version_flux_v2_9_no_longer_serves_names_v1()
    {
        WithFile("repo.yaml", "# an old Flux source\napiVersion: source.toolkit.fluxcd.io/v1beta2\nkind: GitRepository\nmetadata:\n  name: podinfo\nspec:\n  interval: 1m\n  url: https://github.com/stefanprodan/podinfo\n", file =>
        {
            var output = new StringWriter();
            // The SDK has no type for v1beta2: that is a problem whatever the flag; the warning says which version to use.
            Assert.Equal(ExitCodes.Failed, CheckCommand.Run(new[] { file }, "baseline", "latest", output, new StringWriter()));
            Assert.Contains(
                file + ":2: GitRepository/podinfo: KSDK6002: apiVersion: source.toolkit.fluxcd.io/v1beta2 GitRepository is not served by source-controller v1.9.1 (Flux v2.9.0), which serves v1; move to source.toolkit.fluxcd.io/v1",
                Lines(output));
        });
    }

    [Fact]
    public void Each_item_of_a_list_is_reported_at_its_own_api_version_line()
    {
        WithFile("list.yaml", "apiVersion: v1\nkind: List\nitems:\n- apiVersion: cluster.x-k8s.io/v1beta2\n  kind: Cluster\n  metadata:\n    name: a\n    namespace: default\n  spec: {}\n- apiVersion: cluster.x-k8s.io/v1beta1\n  kind: Cluster\n  metadata:\n    name: b\n    namespace: default\n  spec: {}\n", file =>
        {
            var output = new StringWriter();
            Assert.Equal(ExitCodes.Success, CheckCommand.Run(new[] { file }, "baseline", "latest", output, new StringWriter()));
            Assert.StartsWith(file + ":10: Cluster/b: KSDK6001: apiVersion: ", Assert.Single(Lines(output)));
        });
    }

    [Fact]
    public void An_application_field_kurators_controller_turns_into_an_unserved_flux_object_is_a_warning_at_the_fields_line()
    {
        const string yaml = "apiVersion: apps.kurator.dev/v1alpha1\nkind: Application\nmetadata:\n  name: podinfo\n  namespace: default\nspec:\n"
            + "  source:\n    gitRepository:\n      interval: 3m0s\n      url: https://github.com/stefanprodan/podinfo\n"
            + "  syncPolicies:\n  - destination:\n      fleet: quickstart\n    kustomization:\n      interval: 5m0s\n      path: ./deploy/webapp\n      prune: true\n"
            + "  - helm:\n      interval: 5m\n      chart:\n        spec:\n          chart: podinfo\n";
        WithFile("app.yaml", yaml, file =>
        {
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.Equal(ExitCodes.Success, CheckCommand.Run(new[] { file }, "baseline", "latest", output, error));
            Assert.Equal(
                new[]
                {
                    file + ":8: Application/podinfo: KSDK6002: spec.source.gitRepository: " + Policy.ApplicationDriftTests.GitMessage,
                    file + ":14: Application/podinfo: KSDK6002: spec.syncPolicies[0].kustomization: " + Policy.ApplicationDriftTests.KustomizationMessage,
                    file + ":18: Application/podinfo: KSDK6002: spec.syncPolicies[1].helm: " + Policy.ApplicationDriftTests.HelmMessage,
                },
                Lines(output));
            Assert.Contains("3 API drift warning(s)", error.ToString());
            Assert.Equal(ExitCodes.Failed, CheckCommand.Run(new[] { file }, "baseline", "latest", new StringWriter(), new StringWriter(), failOnDrift: true));
        });
    }

    [Fact]
    public void An_application_without_source_or_sync_policy_kinds_gives_no_drift_lines()
    {
        WithFile("app.yaml", "apiVersion: apps.kurator.dev/v1alpha1\nkind: Application\nmetadata:\n  name: empty\n  namespace: default\nspec:\n  source: {}\n  syncPolicies:\n  - destination:\n      fleet: quickstart\n", file =>
        {
            var output = new StringWriter();
            var error = new StringWriter();
            CheckCommand.Run(new[] { file }, "baseline", "latest", output, error, failOnDrift: true);
            Assert.DoesNotContain(Lines(output), l => l.Contains("KSDK6", System.StringComparison.Ordinal));
            Assert.DoesNotContain("drift", error.ToString());
        });
    }

    [Fact]
    public void Current_versions_give_no_drift_lines()
    {
        WithFile("current.yaml", CurrentCluster, file =>
        {
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.Equal(ExitCodes.Success, CheckCommand.Run(new[] { file }, "baseline", "latest", output, error, failOnDrift: true));
            Assert.Empty(Lines(output));
            Assert.DoesNotContain("drift", error.ToString());
        });
    }

    private static string[] Lines(StringWriter output) => output.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    private static void WithFile(string name, string text, System.Action<string> test)
    {
        var dir = Directory.CreateTempSubdirectory("kurator-drift-").FullName;
        try
        {
            var file = Path.Combine(dir, name);
            File.WriteAllText(file, text);
            test(file);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
