using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kurator.Sdk.Analyzers.Tests.Verification;

/// <summary>Short forms of the verifiers.</summary>
public static class Verify
{
    /// <summary>Verifies one source with optional <c>key=value</c> analyzer options.</summary>
    public static Task<ImmutableArray<Diagnostic>> AnalyzerAsync<TAnalyzer>(string markup, params (string Key, string Value)[] options)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var verifier = new AnalyzerVerifier<TAnalyzer>().WithSource(markup);
        foreach (var (key, value) in options)
        {
            verifier.WithOption(key, value);
        }

        return verifier.VerifyAsync();
    }
}
