using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.Kurator;
using Kurator.Sdk.Analyzers.Tests.Verification;

namespace Kurator.Sdk.Analyzers.Tests.Kurator;

public class KuratorRulesTests
{
    private const string Apps = """
        using Kurator.Sdk.Kurator.Apps.V1Alpha1;
        using Kurator.Sdk.Kurator.Fleet.V1Alpha1;

        class Parts
        {
            public static ApplicationSpecSourceGitRepository Git => new() { Interval = "3m0s", Url = "https://github.com/stefanprodan/podinfo" };
            public static ApplicationSpecSyncPolicyKustomization Kustomize => new() { Interval = "5m0s", Path = "./deploy", Prune = true };
            public static ApplicationSpecSyncPolicyHelm Helm => new() { Interval = "5m", Chart = new() { Spec = new() { Chart = "podinfo" } } };
        }

        """;

    [Fact]
    public async Task Seed_application_with_one_source_and_one_fleet_passes()
    {
        await Verify.AnalyzerAsync<KuratorRulesAnalyzer>(Apps + """
            class C
            {
                Application M() => new Application("gitrepo-kustomization-demo", "default")
                {
                    Spec = new()
                    {
                        Source = new() { GitRepository = Parts.Git },
                        SyncPolicies =
                        [
                            new() { Destination = new() { Fleet = "quickstart" }, Kustomization = Parts.Kustomize },
                            new() { Destination = new() { Fleet = "quickstart" }, Kustomization = new() { Interval = "5m0s", Path = "./kustomize", Prune = true } },
                        ],
                    },
                };
            }
            """);
    }

    [Fact]
    public async Task Source_with_no_or_two_repositories_is_reported()
    {
        await Verify.AnalyzerAsync<KuratorRulesAnalyzer>(Apps + """
            class C
            {
                ApplicationSpecSource None() => {|KSDK3001:new ApplicationSpecSource|} { };
                ApplicationSpecSource Two() => new ApplicationSpecSource
                {
                    GitRepository = Parts.Git,
                    {|KSDK3001:HelmRepository = new()|} { Interval = "5m", Url = "https://charts.example.com" },
                };
            }
            """);
    }

    [Fact]
    public async Task Sync_policy_with_both_or_neither_kind_is_reported()
    {
        await Verify.AnalyzerAsync<KuratorRulesAnalyzer>(Apps + """
            class C
            {
                ApplicationSpecSyncPolicy Both() => new() { Kustomization = Parts.Kustomize, {|KSDK3002:Helm = Parts.Helm|} };
                ApplicationSpecSyncPolicy Neither() => {|KSDK3002:new()|} { Destination = new() { Fleet = "quickstart" } };
                ApplicationSpecSyncPolicy Builder() => new ApplicationSpecSyncPolicy().WithKustomization(Parts.Kustomize);
            }
            """);
    }

    [Fact]
    public async Task Sync_policies_naming_different_fleets_are_reported()
    {
        await Verify.AnalyzerAsync<KuratorRulesAnalyzer>(Apps + """
            class C
            {
                ApplicationSpec M() => new()
                {
                    Source = new() { GitRepository = Parts.Git },
                    Destination = new() { Fleet = "quickstart" },
                    SyncPolicies =
                    [
                        new() { Kustomization = Parts.Kustomize },
                        new() { Destination = new() { {|KSDK3003:Fleet = "production"|} }, Kustomization = Parts.Kustomize },
                    ],
                };
            }
            """);
    }

    [Fact]
    public async Task Mutually_exclusive_rollout_fields_are_reported()
    {
        await Verify.AnalyzerAsync<KuratorRulesAnalyzer>(Apps + """
            class C
            {
                ApplicationSpecSyncPolicyRolloutRolloutPolicyTrafficRouting Canary() => new()
                {
                    CanaryStrategy = new() { StepWeight = 10, {|KSDK3004:StepWeights = [5, 20, 50]|} },
                    {|KSDK3005:AnalysisTimes = 3|},
                };

                ApplicationSpecSyncPolicyRolloutRolloutPolicyTrafficRouting Fine() => new() { CanaryStrategy = new() { StepWeights = [5, 20] } };
            }
            """);
    }

    [Fact]
    public async Task Destination_fleet_unknown_to_the_project_is_reported_at_compilation_end()
    {
        await new AnalyzerVerifier<KuratorRulesAnalyzer>()
            .WithSource(Apps + """
                class C
                {
                    ApplicationSpecSyncPolicy Known() => new() { Destination = new() { Fleet = "quickstart" }, Kustomization = Parts.Kustomize };
                    ApplicationSpecSyncPolicy Unknown() => new() { Destination = new() { {|KSDK3006:Fleet = "prod"|} }, Kustomization = Parts.Kustomize };
                }
                """)
            .WithSource("""
                using Kurator.Sdk.Kurator.Fleet.V1Alpha1;
                class Fleets { Fleet M() => new Fleet("quickstart", "default"); }
                """)
            .VerifyAsync();
    }

    [Fact]
    public async Task Destinations_are_not_judged_when_the_project_defines_no_fleet()
    {
        await Verify.AnalyzerAsync<KuratorRulesAnalyzer>(Apps + """
            class C
            {
                ApplicationSpecSyncPolicy M() => new() { Destination = new() { Fleet = "prod" }, Kustomization = Parts.Kustomize };
            }
            """);
    }
}
