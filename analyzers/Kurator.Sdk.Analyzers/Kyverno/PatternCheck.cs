using System.Collections.Generic;
using Kurator.Sdk.Policy.Kyverno.Patterns;

namespace Kurator.Sdk.Analyzers.Kyverno;

/// <summary>
/// One pattern test of a rule, compiled once: <c>validate.pattern</c>, <c>validate.anyPattern</c>, or a
/// <c>validate.foreach</c> entry that applies them to each element of a list of the object (<c>request.object.spec.containers</c>).
/// </summary>
internal sealed class PatternCheck
{
    public PatternCheck(IReadOnlyList<PatternElement> patterns, bool any, IReadOnlyList<string>? listPath)
    {
        Patterns = patterns;
        Any = any;
        ListPath = listPath;
    }

    /// <summary>The pattern, or the alternatives of <c>anyPattern</c>.</summary>
    public IReadOnlyList<PatternElement> Patterns { get; }

    /// <summary>True for <c>anyPattern</c>: one passing alternative is enough.</summary>
    public bool Any { get; }

    /// <summary>The field path of a <c>foreach</c> list below <c>request.object</c>; null for the whole object.</summary>
    public IReadOnlyList<string>? ListPath { get; }
}
