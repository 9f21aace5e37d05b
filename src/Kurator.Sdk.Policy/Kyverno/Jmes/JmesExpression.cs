using System;
using System.Collections.Generic;

namespace Kurator.Sdk.Policy.Kyverno.Jmes;

/// <summary>A parsed JMESPath expression: immutable, so one instance is evaluated from any number of threads at once.</summary>
internal sealed class JmesExpression
{
    private JmesExpression(string text, JmesNode root)
    {
        Text = text;
        Root = root;
    }

    public string Text { get; }

    /// <summary>The syntax tree.</summary>
    public JmesNode Root { get; }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> naming the position of what is wrong.</summary>
    public static JmesExpression Parse(string text, IReadOnlyDictionary<string, JmesFunction>? functions = null) =>
        new(text, JmesParser.Parse(text, functions ?? KyvernoJmesFunctions.Table));

    /// <summary>The value of the expression for <paramref name="data"/> (also <c>$</c>); throws <see cref="JmesException"/> when it fails.</summary>
    public JmesValue Evaluate(JmesValue data) => JmesEvaluator.Evaluate(Root, data, new JmesContext(data));
}
