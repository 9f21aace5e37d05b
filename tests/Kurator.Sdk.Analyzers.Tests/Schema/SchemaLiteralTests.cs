using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.Schema;
using Kurator.Sdk.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Tests.Schema;

public class SchemaLiteralTests
{
    private const string Flux = """
        using Kurator.Sdk.Flux.Source.V1;

        """;

    [Fact]
    public async Task Malformed_duration_is_an_error_with_the_allowed_form()
    {
        var diagnostics = await Verify.AnalyzerAsync<SchemaLiteralAnalyzer>(Flux + """
            class C
            {
                GitRepository M() => new GitRepository("podinfo")
                {
                    Spec = new() { Url = "https://github.com/stefanprodan/podinfo", Interval = {|KSDK2001:"5 minutes"|} },
                };
            }
            """);
        var diagnostic = diagnostics.Single();
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("expected a Go duration", diagnostic.GetMessage());
        Assert.Contains("\"5m\"", diagnostic.GetMessage());
    }

    [Fact]
    public async Task Valid_literals_and_computed_values_pass()
    {
        await Verify.AnalyzerAsync<SchemaLiteralAnalyzer>(Flux + """
            class C
            {
                GitRepository M(string interval) => new GitRepository("podinfo")
                {
                    Spec = new() { Url = "https://github.com/stefanprodan/podinfo", Interval = "1m30s", Timeout = interval },
                };
            }
            """);
    }

    [Fact]
    public async Task Builders_and_later_assignments_are_checked()
    {
        await Verify.AnalyzerAsync<SchemaLiteralAnalyzer>(Flux + """
            class C
            {
                void M(GitRepositorySpec spec)
                {
                    spec.WithInterval({|KSDK2001:"soon"|});
                    spec.Url = {|KSDK2001:"ftp://example.com/repo"|};
                }
            }
            """);
    }

    [Fact]
    public async Task Length_bounds_are_checked()
    {
        await Verify.AnalyzerAsync<SchemaLiteralAnalyzer>("""
            using Kurator.Sdk.Flux.Notification.V1Beta3;
            class C
            {
                AlertSpec M() => new AlertSpec { ProviderRef = new() { Name = "slack" }, EventSources = [], Summary = {|KSDK2002:"SUMMARY"|} };
            }
            """.Replace("SUMMARY", new string('x', 300)));
    }

    [Fact]
    public async Task Numeric_bounds_are_checked()
    {
        await Verify.AnalyzerAsync<SchemaLiteralAnalyzer>("""
            using Kurator.Sdk.Kurator.Apps.V1Alpha1;
            class C
            {
                ApplicationSpecSyncPolicyRolloutRolloutPolicyTrafficRouting M() => new() { AnalysisTimes = {|KSDK2003:-1|} };
            }
            """);
    }

    [Fact]
    public async Task Number_cast_to_an_undefined_enum_member_is_reported()
    {
        var diagnostics = await Verify.AnalyzerAsync<SchemaLiteralAnalyzer>("""
            using Kurator.Sdk.Kurator.Fleet.V1Alpha1;
            class C
            {
                FleetSpecPluginPolicyKyvernoPodSecurity Bad() => new() { Standard = {|KSDK2004:(FleetSpecPluginPolicyKyvernoPodSecurityStandard)7|} };
                FleetSpecPluginPolicyKyvernoPodSecurity Good() => new() { Standard = (FleetSpecPluginPolicyKyvernoPodSecurityStandard)2 };
                FleetSpecPluginPolicyKyvernoPodSecurity Named() => new() { Standard = FleetSpecPluginPolicyKyvernoPodSecurityStandard.Restricted };
            }
            """);
        Assert.Equal("7 is not a valid value for standard: expected one of \"privileged\", \"baseline\", \"restricted\"", diagnostics.Single().GetMessage());
    }
}
