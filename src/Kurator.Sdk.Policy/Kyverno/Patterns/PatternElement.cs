using System.Collections.Generic;

namespace Kurator.Sdk.Policy.Kyverno.Patterns;

/// <summary>
/// A node of a compiled pattern. Immutable after compilation, so one compiled pattern serves any number of
/// resources and threads. Independent of any JSON library: compiled from <c>IPolicyNode</c>.
/// </summary>
internal abstract class PatternElement
{
    /// <summary>True when this element or one below it carries an anchor (Kyverno evaluates such fields first).</summary>
    public abstract bool HasAnchors { get; }

    /// <summary>True when matching it may end in a skip (a conditional or global anchor inside).</summary>
    public abstract bool CanSkip { get; }
}

/// <summary>A map pattern: fields in Kyverno's evaluation order (anchors first, then fields holding anchors, then the rest).</summary>
internal sealed class MapElement : PatternElement
{
    public MapElement(IReadOnlyList<MapEntry> entries, bool expandsWildcardKeys)
    {
        Entries = entries;
        ExpandsWildcardKeys = expandsWildcardKeys;
        foreach (var entry in entries)
        {
            HasAnchors |= entry.Key.Anchor != AnchorKind.None || entry.Value.HasAnchors;
            CanSkip |= entry.Key.IsConditional || entry.Value.CanSkip;
        }
    }

    public IReadOnlyList<MapEntry> Entries { get; }

    /// <summary>
    /// True for <c>metadata.labels</c> / <c>metadata.annotations</c> with wildcard keys: such a key stands for the
    /// first resource key it matches (Kyverno's <c>ExpandInMetadata</c>).
    /// </summary>
    public bool ExpandsWildcardKeys { get; }

    public override bool HasAnchors { get; }

    public override bool CanSkip { get; }
}

/// <summary>One field of a map pattern.</summary>
internal sealed class MapEntry
{
    public MapEntry(string rawKey, PatternKey key, PatternElement value)
    {
        RawKey = rawKey;
        Key = key;
        Value = value;
        KeyWildcard = Wildcard.HasWildcards(key.Name) ? new Wildcard(key.Name) : null;
    }

    /// <summary>The key as written (with anchor).</summary>
    public string RawKey { get; }

    public PatternKey Key { get; }

    public PatternElement Value { get; }

    /// <summary>The field name as a wildcard, when it has one (used only where keys expand).</summary>
    public Wildcard? KeyWildcard { get; }
}

/// <summary>How a list pattern applies to a resource list.</summary>
internal enum ListShape
{
    /// <summary><c>[]</c>: Kyverno fails any resource on it.</summary>
    Empty,

    /// <summary>First item a map: every resource item must match it (conditional anchors may skip items).</summary>
    EachItemMatchesMap,

    /// <summary>First item a scalar: every resource item must match it.</summary>
    EachItemMatchesValue,

    /// <summary>Lists of lists: item i of the resource matches item i of the pattern.</summary>
    Positional,
}

/// <summary>A list pattern.</summary>
internal sealed class ListElement : PatternElement
{
    public ListElement(ListShape shape, IReadOnlyList<PatternElement> items)
    {
        Shape = shape;
        Items = items;
        foreach (var item in items)
        {
            HasAnchors |= item.HasAnchors;
            CanSkip |= item.CanSkip;
        }
    }

    public ListShape Shape { get; }

    /// <summary>The pattern items (Kyverno uses only the first, except for <see cref="ListShape.Positional"/>).</summary>
    public IReadOnlyList<PatternElement> Items { get; }

    public override bool HasAnchors { get; }

    public override bool CanSkip { get; }
}

/// <summary>A scalar pattern.</summary>
internal sealed class ValueElement : PatternElement
{
    public ValueElement(ValuePattern value) => Value = value;

    public ValuePattern Value { get; }

    public override bool HasAnchors => false;

    public override bool CanSkip => false;
}

/// <summary>
/// A string holding <c>{{ ... }}</c>: substituted per resource through the caller's resolver, then compiled and
/// matched. Kyverno substitutes a value that is one whole variable by the variable's value (any type), and a
/// variable inside text by its text.
/// </summary>
internal sealed class VariableElement : PatternElement
{
    public VariableElement(string template, IReadOnlyList<TemplatePart> parts)
    {
        Template = template;
        Parts = parts;
    }

    public string Template { get; }

    /// <summary>Literal text and variable expressions in order.</summary>
    public IReadOnlyList<TemplatePart> Parts { get; }

    /// <summary>True when the whole value is one variable (its value replaces the pattern value as is).</summary>
    public bool IsWholeVariable => Parts.Count == 1 && Parts[0].IsVariable;

    public override bool HasAnchors => false;

    public override bool CanSkip => false;
}

/// <summary>One piece of a <see cref="VariableElement"/>: literal text or a variable's expression.</summary>
internal readonly struct TemplatePart
{
    public TemplatePart(string text, bool isVariable)
    {
        Text = text;
        IsVariable = isVariable;
    }

    /// <summary>The literal text, or the expression between the braces (trimmed).</summary>
    public string Text { get; }

    public bool IsVariable { get; }
}

/// <summary>
/// A pattern value that cannot be judged: unknown to the front end (a C# value known only at run time) or a
/// feature this matcher does not evaluate (<c>$(...)</c> references). Matching it never passes.
/// </summary>
internal sealed class OpaqueElement : PatternElement
{
    public OpaqueElement(string reason, bool isUnknown)
    {
        Reason = reason;
        IsUnknown = isUnknown;
    }

    public string Reason { get; }

    /// <summary>True: the value is unknown (result Unknown); false: unsupported (result Error).</summary>
    public bool IsUnknown { get; }

    public override bool HasAnchors => false;

    public override bool CanSkip => false;
}
