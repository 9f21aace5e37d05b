using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Kyverno.Jmes;
using Kurator.Sdk.Policy.Kyverno.Patterns;

namespace Kurator.Sdk.Policy.Kyverno.Variables;

/// <summary>
/// A string that may hold Kyverno variables, <c>{{ expression }}</c>, compiled once. A string that is exactly one
/// variable resolves to the expression's JSON value (a list stays a list); otherwise each value is written into the text.
/// <c>\{{</c> escapes a literal <c>{{</c>.
/// </summary>
internal sealed class VariableText
{
    private readonly List<object> _parts; // string literals and JmesQuery expressions, in order

    private VariableText(string text, List<object> parts)
    {
        Text = text;
        _parts = parts;
    }

    public string Text { get; }

    public bool HasVariables => _parts.Exists(p => p is JmesQuery);

    /// <summary>True when the text is nothing but one variable.</summary>
    public bool IsSingleVariable => _parts.Count == 1 && _parts[0] is JmesQuery;

    public static bool MayHaveVariables(string text) => text.Contains("{{", StringComparison.Ordinal);

    /// <summary>Compiles <paramref name="text"/>; throws <see cref="FormatException"/> for an unclosed or invalid variable.</summary>
    public static VariableText Parse(string text)
    {
        var split = VariableTemplate.Split(text, out _, out var unclosedAt);
        if (unclosedAt >= 0)
        {
            throw new FormatException($"unclosed variable in \"{text}\" (a {{{{ without }}}})");
        }

        var parts = new List<object>();
        foreach (var part in split)
        {
            if (!part.IsVariable)
            {
                parts.Add(part.Text);
            }
            else if (part.Text.Length == 0)
            {
                throw new FormatException($"empty variable in \"{text}\"");
            }
            else
            {
                parts.Add(JmesQuery.Parse(part.Text));
            }
        }

        return new VariableText(text, parts);
    }

    /// <summary>
    /// The value: the JSON value of a single variable (null when it resolves to nothing), else the text. With
    /// <paramref name="detached"/> the node is the caller's to attach somewhere; without, it may be a node of the
    /// resource itself, to be read only.
    /// </summary>
    public JsonNode? Resolve(VariableScope scope, bool detached)
    {
        if (!HasVariables)
        {
            return JsonValue.Create(Text);
        }

        if (IsSingleVariable)
        {
            return JmesJson.ToNode(((JmesQuery)_parts[0]).Evaluate(scope), detached);
        }

        return JsonValue.Create(ResolveText(scope));
    }

    /// <summary>The text with each variable's value written in (strings as they are, other values as JSON).</summary>
    public string ResolveText(VariableScope scope)
    {
        if (!HasVariables)
        {
            return Text;
        }

        var sb = new StringBuilder();
        foreach (var part in _parts)
        {
            if (part is string s)
            {
                sb.Append(s);
                continue;
            }

            sb.Append(JmesJson.Text(((JmesQuery)part).Evaluate(scope)));
        }

        return sb.ToString();
    }
}
