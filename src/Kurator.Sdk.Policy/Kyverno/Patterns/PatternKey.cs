namespace Kurator.Sdk.Policy.Kyverno.Patterns;

/// <summary>A pattern map key taken apart: its anchor and the field name it addresses.</summary>
internal readonly struct PatternKey
{
    private PatternKey(AnchorKind anchor, string name)
    {
        Anchor = anchor;
        Name = name;
    }

    public AnchorKind Anchor { get; }

    /// <summary>The field name without anchor.</summary>
    public string Name { get; }

    /// <summary>
    /// Kyverno's anchor grammar: an optional modifier (<c>+ &lt; = X ^</c>), then <c>(name)</c> around the whole
    /// rest of the key; anything else is a plain field name.
    /// </summary>
    public static PatternKey Parse(string key)
    {
        var text = key.Trim();
        var open = text.Length > 0 && text[0] == '(' ? 0 : text.Length > 1 && text[1] == '(' ? 1 : -1;
        if (open < 0 || text.Length - open < 3 || text[text.Length - 1] != ')')
        {
            return new PatternKey(AnchorKind.None, key);
        }

        var name = text.Substring(open + 1, text.Length - open - 2);
        if (open == 0)
        {
            return new PatternKey(AnchorKind.Condition, name);
        }

        return text[0] switch
        {
            '<' => new PatternKey(AnchorKind.Global, name),
            '=' => new PatternKey(AnchorKind.Equality, name),
            '^' => new PatternKey(AnchorKind.Existence, name),
            'X' => new PatternKey(AnchorKind.Negation, name),
            '+' => new PatternKey(AnchorKind.AddIfNotPresent, name),
            _ => new PatternKey(AnchorKind.None, key),
        };
    }

    /// <summary>True for the anchors whose failure makes Kyverno skip rather than fail.</summary>
    public bool IsConditional => Anchor == AnchorKind.Condition || Anchor == AnchorKind.Global;
}
