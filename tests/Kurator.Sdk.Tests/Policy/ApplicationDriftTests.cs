using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Fleet.Check;
using Kurator.Sdk.Kurator.Apps.V1Alpha1;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Policy;

/// <summary>
/// KSDK6002 at the fields of a Kurator Application from which its controller (Kurator main b633941, helper.go) creates
/// Flux objects in versions the shipped Flux v2.9 schemas do not serve.
/// </summary>
public class ApplicationDriftTests
{
    internal const string GitMessage = "Kurator's Application controller creates a source.toolkit.fluxcd.io/v1beta2 GitRepository from this field, which is not served by source-controller v1.9.1 (Flux v2.9.0), which serves v1; define a source.toolkit.fluxcd.io/v1 GitRepository (and the Kustomization or HelmRelease that uses it) directly";
    internal const string KustomizationMessage = "Kurator's Application controller creates a kustomize.toolkit.fluxcd.io/v1beta2 Kustomization for each member cluster from this field, which is not served by kustomize-controller v1.9.4 (Flux v2.9.3/v2.9.4), which serves v1; define a kustomize.toolkit.fluxcd.io/v1 Kustomization for each member cluster (spec.kubeConfig.secretRef names its kubeconfig) directly";
    internal const string HelmMessage = "Kurator's Application controller creates a helm.toolkit.fluxcd.io/v2beta1 HelmRelease for each member cluster from this field, which is not served by helm-controller v1.6.3 (Flux v2.9.3/v2.9.4), which serves v2; define a helm.toolkit.fluxcd.io/v2 HelmRelease for each member cluster (spec.kubeConfig.secretRef names its kubeconfig) directly";

    private static ApiVersionDrift Drift => ApiVersionDrift.For(Registry.All);

    private static JsonObject App(string apiVersion, JsonObject spec) => new()
    {
        ["apiVersion"] = apiVersion,
        ["kind"] = "Application",
        ["metadata"] = new JsonObject { ["name"] = "podinfo", ["namespace"] = "default" },
        ["spec"] = spec,
    };

    private static JsonObject AllFields() => new()
    {
        ["source"] = new JsonObject
        {
            ["gitRepository"] = new JsonObject { ["url"] = "https://github.com/stefanprodan/podinfo" },
            ["helmRepository"] = new JsonObject { ["url"] = "https://stefanprodan.github.io/podinfo" },
            ["ociRepository"] = new JsonObject { ["url"] = "oci://ghcr.io/stefanprodan/manifests/podinfo" },
        },
        ["syncPolicies"] = new JsonArray(
            new JsonObject { ["kustomization"] = new JsonObject { ["path"] = "./kustomize" } },
            new JsonObject { ["helm"] = new JsonObject { ["interval"] = "5m" } },
            new JsonObject { ["kustomization"] = null }),
    };

    [Fact]
    public void Each_set_field_is_a_finding_at_its_path_naming_the_flux_object_to_define_instead()
    {
        var found = Drift.FindCreated(App("apps.kurator.dev/v1alpha1", AllFields())).ToList();
        Assert.Equal(
            ["spec.source.gitRepository", "spec.source.helmRepository", "spec.source.ociRepository", "spec.syncPolicies[0].kustomization", "spec.syncPolicies[1].helm"],
            found.Select(f => f.Path).Order(System.StringComparer.Ordinal));
        Assert.All(found, f => Assert.Equal("KSDK6002", f.RuleId));
        Assert.Equal(GitMessage, found.Single(f => f.Path == "spec.source.gitRepository").Message);
        Assert.Equal(KustomizationMessage, found.Single(f => f.Path == "spec.syncPolicies[0].kustomization").Message);
        Assert.Equal(HelmMessage, found.Single(f => f.Path == "spec.syncPolicies[1].helm").Message);
        Assert.Contains("creates a source.toolkit.fluxcd.io/v1beta2 OCIRepository from this field", found.Single(f => f.Path == "spec.source.ociRepository").Message);
    }

    [Fact]
    public void An_application_without_those_fields_another_version_or_a_wrong_shape_gives_nothing()
    {
        Assert.Empty(Drift.FindCreated(App("apps.kurator.dev/v1alpha1", new JsonObject { ["destination"] = new JsonObject { ["fleet"] = "quickstart" } })));
        Assert.Empty(Drift.FindCreated(App("apps.kurator.dev/v1alpha2", AllFields())));
        Assert.Empty(Drift.FindCreated(App("core.oam.dev/v1beta1", AllFields())));
        Assert.Empty(Drift.FindCreated(App("apps.kurator.dev/v1alpha1", new JsonObject { ["source"] = "git", ["syncPolicies"] = new JsonObject { ["helm"] = new JsonObject() } })));
    }

    [Fact]
    public void The_facts_come_from_the_flux_family_beside_the_app_even_when_no_flux_kind_is_registered()
    {
        // Only Kurator's kinds are registered; the Flux family is in this process's dependencies (as the Kurator.Sdk package
        // puts it beside every app), so the served versions are read from it. Without it there are no facts and no finding
        // (Kurator.Sdk.Fleet.Tests, whose process has no Flux family, checks that).
        var registry = new KubeTypeRegistry();
        global::Kurator.Sdk.Kurator.KuratorKinds.Register(registry);
        var found = ApiVersionDrift.For(registry).FindCreated(App("apps.kurator.dev/v1alpha1", AllFields())).Select(f => f.Path).Order(System.StringComparer.Ordinal).ToList();
        Assert.Equal(["spec.source.gitRepository", "spec.source.helmRepository", "spec.source.ociRepository", "spec.syncPolicies[0].kustomization", "spec.syncPolicies[1].helm"], found);
    }

    [Fact]
    public void A_kurator_app_check_warns_per_field_without_blocking_and_its_own_api_version_stays_clean()
    {
        // Nothing here loads the Flux family first: check finds it beside the app.
        var app = new KuratorApp([], "drift-demo");
        app.Add(new Application("podinfo", "default")
        {
            Spec = new()
            {
                Source = new() { GitRepository = new() { Url = "https://github.com/stefanprodan/podinfo", Interval = "3m0s" } },
                SyncPolicies =
                [
                    new() { Kustomization = new() { Path = "./deploy/webapp", Interval = "5m0s", Prune = true } },
                    new() { Helm = new() { Interval = "5m", Chart = new() { Spec = new() { Chart = "podinfo" } } } },
                ],
            },
        });

        var drift = app.Check().Where(f => f.Rule.StartsWith("KSDK6", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                new CheckFinding("host", "Application/default/podinfo", "KSDK6002", "spec.source.gitRepository: " + GitMessage, false),
                new CheckFinding("host", "Application/default/podinfo", "KSDK6002", "spec.syncPolicies[0].kustomization: " + KustomizationMessage, false),
                new CheckFinding("host", "Application/default/podinfo", "KSDK6002", "spec.syncPolicies[1].helm: " + HelmMessage, false),
            ],
            drift);
    }
}
