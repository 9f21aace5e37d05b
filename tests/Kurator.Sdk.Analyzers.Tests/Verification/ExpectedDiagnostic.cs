using Microsoft.CodeAnalysis.Text;

namespace Kurator.Sdk.Analyzers.Tests.Verification;

/// <summary>A diagnostic the markup asks for: an ID (null for <c>[|...|]</c>: the analyzer's only ID) and a span.</summary>
public sealed record ExpectedDiagnostic(string? Id, TextSpan Span);
