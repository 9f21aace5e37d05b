using Kurator.Sdk.Policy.Kyverno.Variables;

namespace Kurator.Sdk.Policy.Kyverno.Validation;

/// <summary>A rule's <c>validate.message</c>, with its variables resolved per resource (falls back to the raw text).</summary>
internal sealed class RuleMessage
{
    private readonly VariableText? _text;
    private readonly string _raw;

    public RuleMessage(string? raw, VariableText? text)
    {
        _raw = raw ?? string.Empty;
        _text = text;
    }

    public string Resolve(VariableScope scope)
    {
        if (_text is null || scope.IsSecret)
        {
            return _raw;
        }

        try
        {
            return _text.ResolveText(scope);
        }
        catch (VariableException)
        {
            // A message is text for people: an unresolvable variable in it must not change the verdict.
            return _raw;
        }
    }
}
