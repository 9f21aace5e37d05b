namespace Kurator.Sdk.Policy.Kyverno.Patterns;

/// <summary>
/// Resolves one <c>{{ expression }}</c> of a pattern for the resource being matched (the engine owns JMESPath and
/// the context). False when the expression cannot be resolved: the match then ends in an error, never a pass.
/// </summary>
/// <param name="expression">The text between the braces, trimmed.</param>
/// <param name="value">The value: <see cref="ResolvedVariable.Element"/> replaces a value that is one whole variable,
/// <see cref="ResolvedVariable.Text"/> is spliced into a longer string.</param>
internal delegate bool PatternVariableResolver(string expression, out ResolvedVariable value);

/// <summary>A resolved variable, compiled as a pattern value and as text.</summary>
internal readonly struct ResolvedVariable
{
    public ResolvedVariable(PatternElement element, string text)
    {
        Element = element;
        Text = text;
    }

    public PatternElement Element { get; }

    public string Text { get; }
}
