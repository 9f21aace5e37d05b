using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.PodSecurity;
using Xunit.Sdk;

namespace Kurator.Sdk.Analyzers.Tests.Verification;

/// <summary>The verifier must fail on a missing, an extra or a misplaced diagnostic, and on code that does not compile.</summary>
public class VerifierSelfTests
{
    private const string Privileged = Sources.Core + "class C { SecurityContext M() => new SecurityContext { Privileged = true }; }";

    [Fact]
    public async Task Unexpected_diagnostic_fails()
    {
        await Assert.ThrowsAsync<XunitException>(() => Verify.AnalyzerAsync<PodSecurityAnalyzer>(Privileged));
    }

    [Fact]
    public async Task Missing_diagnostic_fails()
    {
        await Assert.ThrowsAsync<XunitException>(() => Verify.AnalyzerAsync<PodSecurityAnalyzer>(
            Sources.Core + "class C { SecurityContext M() => new SecurityContext { {|KSDK1002:Privileged = false|} }; }"));
    }

    [Fact]
    public async Task Misplaced_span_fails()
    {
        await Assert.ThrowsAsync<XunitException>(() => Verify.AnalyzerAsync<PodSecurityAnalyzer>(
            Sources.Core + "class C { SecurityContext M() => new SecurityContext { Privileged = {|KSDK1002:true|} }; }"));
    }

    [Fact]
    public async Task Exact_span_passes()
    {
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(
            Sources.Core + "class C { SecurityContext M() => new SecurityContext { {|KSDK1002:Privileged = true|} }; }");
    }

    [Fact]
    public async Task Code_that_does_not_compile_fails()
    {
        await Assert.ThrowsAsync<System.InvalidOperationException>(() => Verify.AnalyzerAsync<PodSecurityAnalyzer>(
            Sources.Core + "class C { SecurityContext M() => new SecurityContext { Privileged = 1 }; }"));
    }

    [Fact]
    public void Markup_gives_clean_source_and_spans()
    {
        var (source, expected) = Markup.Parse("a {|X1:bc|} [|d|]");
        Assert.Equal("a bc d", source);
        Assert.Equal(new ExpectedDiagnostic("X1", Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(2, 4)), expected[0]);
        Assert.Equal(new ExpectedDiagnostic(null, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(5, 6)), expected[1]);
    }
}
