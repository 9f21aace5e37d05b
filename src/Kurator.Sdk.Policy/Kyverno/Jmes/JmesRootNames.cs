using System;
using System.Collections.Generic;

namespace Kurator.Sdk.Policy.Kyverno.Jmes;

/// <summary>
/// The names an expression reads from its root (the evaluation's data: <c>request</c>, <c>element</c>, values),
/// wherever they stand: alone (<c>environment</c>), in a function's arguments (<c>to_upper(environment)</c>), in a
/// comparison, a negation, a multi-select or a let binding. Names after a dot, in a filter's condition, after a pipe,
/// inside an expression reference (<c>&amp;name</c>) or on a projection's right side read something else and are not
/// listed; nor are hash keys (they name the output) or <c>$</c> variables.
/// </summary>
internal static class JmesRootNames
{
    /// <summary>
    /// The root names of <paramref name="text"/>; empty when it gives a default with <c>||</c> (a name that is not
    /// defined then yields the default, as in Kyverno) or does not parse (the parser reports what is wrong).
    /// </summary>
    public static IReadOnlyList<string> Of(string text)
    {
        try
        {
            return Of(JmesParser.Parse(text, KyvernoJmesFunctions.Table));
        }
        catch (FormatException)
        {
            return [];
        }
    }

    /// <summary>The root names of a parsed expression (empty when it holds <c>||</c> anywhere).</summary>
    public static IReadOnlyList<string> Of(JmesNode root)
    {
        var names = new List<string>();
        return Walk(root, names) ? names : [];
    }

    // Adds the names `node` reads from the data it is applied to, when that data is the root; false on a `||`.
    private static bool Walk(JmesNode node, List<string> names)
    {
        switch (node)
        {
            case FieldNode field:
                if (!names.Contains(field.Name))
                {
                    names.Add(field.Name);
                }

                return true;
            case OrNode:
                return false;
            case ChainNode chain:
                // Only the first step reads the root; the rest read what it gave.
                return Walk(chain.Steps[0], names) && Unlisted(chain.Steps, 1);
            case ProjectionNode projection:
                return Walk(projection.Left, names) && Unlisted(projection.Right);
            case ValueProjectionNode values:
                return Walk(values.Left, names) && Unlisted(values.Right);
            case FilterNode filter:
                return Walk(filter.Left, names) && Unlisted(filter.Condition) && Unlisted(filter.Right);
            case PipeNode pipe:
                return Walk(pipe.Left, names) && Unlisted(pipe.Right);
            case AndNode and:
                return Walk(and.Left, names) && Walk(and.Right, names);
            case CompareNode compare:
                return Walk(compare.Left, names) && Walk(compare.Right, names);
            case NotNode not:
                return Walk(not.Operand, names);
            case ListNode list:
                return All(list.Items, names);
            case HashNode hash:
                foreach (var (_, value) in hash.Entries)
                {
                    if (!Walk(value, names))
                    {
                        return false;
                    }
                }

                return true;
            case FunctionNode function:
                return All(function.Arguments, names);
            case ReferenceNode reference:
                return Unlisted(reference.Expression);
            case LetNode let:
                foreach (var (_, value) in let.Bindings)
                {
                    if (!Walk(value, names))
                    {
                        return false;
                    }
                }

                return Walk(let.Body, names);
            default:
                // @, $, $variables, literals, index, slice and flatten steps read no name.
                return true;
        }
    }

    private static bool All(IReadOnlyList<JmesNode> nodes, List<string> names)
    {
        foreach (var node in nodes)
        {
            if (!Walk(node, names))
            {
                return false;
            }
        }

        return true;
    }

    // A part that reads something other than the root: only searched for `||`.
    private static bool Unlisted(JmesNode node) => Walk(node, []);

    private static bool Unlisted(IReadOnlyList<JmesNode> nodes, int from)
    {
        for (var i = from; i < nodes.Count; i++)
        {
            if (!Unlisted(nodes[i]))
            {
                return false;
            }
        }

        return true;
    }
}
