using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.PodSecurity;
using Kurator.Sdk.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Tests.PodSecurity;

/// <summary>Level and version from .editorconfig/MSBuild, a Fleet's policy, and the usual severity settings.</summary>
public class ConfigurationTests
{
    private const string BarePod = Sources.Core + """
        class C
        {
            PodSpec M() => new PodSpec { HOSTNET Containers = [MARK { Name = "app" }] };
        }
        """;

    private static string Fleet(string standard, string action) => """
        using Kurator.Sdk.Kurator.Fleet.V1Alpha1;
        class Fleets
        {
            Fleet M() => new Fleet("quickstart")
            {
                Spec = new()
                {
                    Plugin = new()
                    {
                        Policy = new()
                        {
                            Kyverno = new()
                            {
                                PodSecurity = new()
                                {
                                    Standard = FleetSpecPluginPolicyKyvernoPodSecurityStandard.STANDARD,
                                    ValidationFailureAction = FleetSpecPluginPolicyKyvernoPodSecurityValidationFailureAction.ACTION,
                                },
                            },
                        },
                    },
                },
            };
        }
        """.Replace("STANDARD", standard).Replace("ACTION", action);

    [Fact]
    public async Task Default_level_is_baseline()
    {
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(BarePod.Replace("HOSTNET", string.Empty).Replace("MARK", "new Container"));
    }

    [Fact]
    public async Task MSBuild_property_selects_the_level()
    {
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(
            BarePod.Replace("HOSTNET", string.Empty).Replace("MARK", "{|KSDK1014:{|KSDK1015:{|KSDK1017:{|KSDK1018:new Container|}|}|}|}"),
            ("build_property.KuratorPodSecurityLevel", "restricted"));
    }

    [Fact]
    public async Task Privileged_level_checks_nothing()
    {
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(
            BarePod.Replace("HOSTNET", "HostNetwork = true,").Replace("MARK", "new Container"),
            ("kurator_pod_security_level", "privileged"));
    }

    [Fact]
    public async Task Fleet_with_enforced_restricted_policy_raises_level_and_makes_errors()
    {
        var diagnostics = await new AnalyzerVerifier<PodSecurityAnalyzer>()
            .WithSource(BarePod.Replace("HOSTNET", "{|KSDK1001:HostNetwork = true|},").Replace("MARK", "{|KSDK1014:{|KSDK1015:{|KSDK1017:{|KSDK1018:new Container|}|}|}|}"))
            .WithSource(Fleet("Restricted", "Enforce"))
            .VerifyAsync();
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.StartsWith("Pod Security restricted:", diagnostics[0].GetMessage());
    }

    // One resolution with kurator-sdk check (FleetPodSecurity.Combine): the highest level, enforced if any fleet enforces.
    [Fact]
    public async Task Fleets_that_differ_give_the_highest_level_enforced_when_any_enforces()
    {
        var diagnostics = await new AnalyzerVerifier<PodSecurityAnalyzer>()
            .WithSource(BarePod.Replace("HOSTNET", string.Empty).Replace("MARK", "{|KSDK1014:{|KSDK1015:{|KSDK1017:{|KSDK1018:new Container|}|}|}|}"))
            .WithSource(Fleet("Baseline", "Enforce"))
            .WithSource(Fleet("Restricted", "Audit").Replace("class Fleets", "class AuditFleets"))
            .VerifyAsync();
        Assert.Equal(4, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.All(diagnostics, d => Assert.StartsWith("Pod Security restricted:", d.GetMessage()));
    }

    [Fact]
    public async Task Fleet_with_audited_baseline_policy_gives_warnings()
    {
        var diagnostics = await new AnalyzerVerifier<PodSecurityAnalyzer>()
            .WithSource(BarePod.Replace("HOSTNET", "{|KSDK1001:HostNetwork = true|},").Replace("MARK", "new Container"))
            .WithSource(Fleet("Baseline", "Audit"))
            .VerifyAsync();
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics.Single().Severity);
    }

    [Fact]
    public async Task Fleet_with_privileged_policy_turns_checks_off()
    {
        await new AnalyzerVerifier<PodSecurityAnalyzer>()
            .WithSource(BarePod.Replace("HOSTNET", "HostNetwork = true,").Replace("MARK", "new Container"))
            .WithSource(Fleet("Privileged", "Enforce"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Configured_level_stricter_than_the_fleet_wins()
    {
        await new AnalyzerVerifier<PodSecurityAnalyzer>()
            .WithSource(BarePod.Replace("HOSTNET", string.Empty).Replace("MARK", "{|KSDK1014:{|KSDK1015:{|KSDK1017:{|KSDK1018:new Container|}|}|}|}"))
            .WithSource(Fleet("Baseline", "Audit"))
            .WithOption("kurator_pod_security_level", "restricted")
            .VerifyAsync();
    }

    [Fact]
    public async Task Severity_is_configurable_per_rule()
    {
        var diagnostics = await new AnalyzerVerifier<PodSecurityAnalyzer>()
            .WithSource(BarePod.Replace("HOSTNET", "{|KSDK1001:HostNetwork = true|},").Replace("MARK", "new Container"))
            .WithSeverity("KSDK1001", ReportDiagnostic.Error)
            .VerifyAsync();
        Assert.Equal(DiagnosticSeverity.Error, diagnostics.Single().Severity);
    }

    [Fact]
    public async Task A_rule_set_to_none_is_silent()
    {
        await new AnalyzerVerifier<PodSecurityAnalyzer>()
            .WithSource(BarePod.Replace("HOSTNET", "HostNetwork = true,").Replace("MARK", "new Container"))
            .WithSeverity("KSDK1001", ReportDiagnostic.Suppress)
            .VerifyAsync();
    }

    [Fact]
    public void Every_policy_check_has_a_descriptor_with_a_help_link()
    {
        foreach (var check in global::Kurator.Sdk.Policy.Rules.PodSecurityRules.All)
        {
            var descriptor = PodSecurityDescriptors.For(check.Id);
            Assert.Equal(RuleIdentifiers.GetHelpUri(descriptor.Id), descriptor.HelpLinkUri);
            Assert.Contains(check.ControlName, descriptor.Title.ToString());
        }

        Assert.Equal(19, new PodSecurityAnalyzer().SupportedDiagnostics.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public async Task Fleet_policy_built_with_the_fluent_builders_is_found()
    {
        var diagnostics = await new AnalyzerVerifier<PodSecurityAnalyzer>()
            .WithSource(BarePod.Replace("HOSTNET", string.Empty).Replace("MARK", "{|KSDK1014:{|KSDK1015:{|KSDK1017:{|KSDK1018:new Container|}|}|}|}"))
            .WithSource("""
                using Kurator.Sdk.Kurator.Fleet.V1Alpha1;
                class Fleets
                {
                    Fleet M() => new Fleet("quickstart").WithSpec(s => s.WithPlugin(p => p.WithPolicy(pol => pol.WithKyverno(k => k.WithPodSecurity(ps => ps
                        .WithStandard(FleetSpecPluginPolicyKyvernoPodSecurityStandard.Restricted)
                        .WithValidationFailureAction(FleetSpecPluginPolicyKyvernoPodSecurityValidationFailureAction.Audit))))));
                }
                """)
            .VerifyAsync();
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public async Task Fleet_policy_with_computed_standard_does_not_set_the_level()
    {
        await new AnalyzerVerifier<PodSecurityAnalyzer>()
            .WithSource(BarePod.Replace("HOSTNET", string.Empty).Replace("MARK", "new Container"))
            .WithSource("""
                using Kurator.Sdk.Kurator.Fleet.V1Alpha1;
                class Fleets
                {
                    Fleet M(FleetSpecPluginPolicyKyvernoPodSecurityStandard standard) => new Fleet("quickstart")
                    {
                        Spec = new() { Plugin = new() { Policy = new() { Kyverno = new() { PodSecurity = new() { Standard = standard } } } } },
                    };
                }
                """)
            .VerifyAsync();
    }
}
