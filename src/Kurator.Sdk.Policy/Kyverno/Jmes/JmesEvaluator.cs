using System;
using System.Collections.Generic;
using System.Text;

namespace Kurator.Sdk.Policy.Kyverno.Jmes;

/// <summary>
/// Evaluates a parsed expression against a value, per the JMESPath specification. All state is in the arguments and
/// on the stack; the only values created are the results (lists and maps of borrowed values). Failures throw
/// <see cref="JmesException"/>.
/// </summary>
internal static class JmesEvaluator
{
    public static JmesValue Evaluate(JmesNode node, JmesValue current, in JmesContext context)
    {
        switch (node)
        {
            case FieldNode field:
                return current.TryGetProperty(field.Name, out var value) ? value : JmesValue.Null;
            case ChainNode chain:
                var result = current;
                foreach (var step in chain.Steps)
                {
                    result = Evaluate(step, result, context);
                    if (result.IsNull)
                    {
                        break;
                    }
                }

                return result;
            case CurrentNode:
                return current;
            case LiteralNode literal:
                return literal.Value;
            case ProjectionNode projection:
                return Project(projection.Left, null, projection.Right, current, context);
            case FilterNode filter:
                return Project(filter.Left, filter.Condition, filter.Right, current, context);
            case ValueProjectionNode values:
                return ProjectValues(values, current, context);
            case IndexNode index:
                return Index(current, index.Index);
            case SliceNode slice:
                return Slice(current, slice);
            case FlattenNode:
                return Flatten(current);
            case PipeNode pipe:
                return Evaluate(pipe.Right, Evaluate(pipe.Left, current, context), context);
            case OrNode or:
                var left = Evaluate(or.Left, current, context);
                return left.IsTruthy ? left : Evaluate(or.Right, current, context);
            case AndNode and:
                var first = Evaluate(and.Left, current, context);
                return first.IsTruthy ? Evaluate(and.Right, current, context) : first;
            case NotNode not:
                return JmesValue.Bool(!Evaluate(not.Operand, current, context).IsTruthy);
            case CompareNode compare:
                return Compare(compare.Operator, Evaluate(compare.Left, current, context), Evaluate(compare.Right, current, context));
            case ListNode list:
                return current.IsNull ? JmesValue.Null : MultiSelect(list, current, context);
            case HashNode hash:
                return current.IsNull ? JmesValue.Null : MultiSelect(hash, current, context);
            case FunctionNode function:
                return Call(function, current, context);
            case ReferenceNode reference:
                return JmesValue.Reference(reference.Expression);
            case RootNode:
                return context.Root;
            case VariableNode variable:
                return JmesVariables.Lookup(context.Variables, variable.Name);
            case LetNode let:
                return Let(let, current, context);
            default:
                throw new InvalidOperationException("unknown node " + node.GetType().Name);
        }
    }

    // left[*]right and left[?condition]right: right applied to each item (that passes), nulls left out.
    private static JmesValue Project(JmesNode left, JmesNode? condition, JmesNode right, JmesValue current, in JmesContext context)
    {
        var items = Evaluate(left, current, context);
        if (items.Kind == JmesKind.String && condition is null && EndsInSlice(left))
        {
            // A slice of a string is a string (JmesPath.Net's and the community specification's string slices).
            return right is CurrentNode ? items : Evaluate(right, items, context);
        }

        if (items.Kind != JmesKind.Array)
        {
            return JmesValue.Null;
        }

        var results = new List<JmesValue>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items.Item(i);
            if (condition is not null && !Evaluate(condition, item, context).IsTruthy)
            {
                continue;
            }

            var projected = right is CurrentNode ? item : Evaluate(right, item, context);
            if (!projected.IsNull)
            {
                results.Add(projected);
            }
        }

        return JmesValue.Array(results);
    }

    private static bool EndsInSlice(JmesNode node) => node is SliceNode || (node is ChainNode chain && chain.Steps[^1] is SliceNode);

    private static JmesValue ProjectValues(ValueProjectionNode node, JmesValue current, in JmesContext context)
    {
        var obj = Evaluate(node.Left, current, context);
        if (obj.Kind != JmesKind.Object)
        {
            return JmesValue.Null;
        }

        var results = new List<JmesValue>(obj.Count);
        foreach (var (_, item) in obj.Properties())
        {
            var projected = node.Right is CurrentNode ? item : Evaluate(node.Right, item, context);
            if (!projected.IsNull)
            {
                results.Add(projected);
            }
        }

        return JmesValue.Array(results);
    }

    private static JmesValue Index(JmesValue current, int index)
    {
        if (current.Kind != JmesKind.Array)
        {
            return JmesValue.Null;
        }

        var at = index < 0 ? current.Count + index : index;
        return at >= 0 && at < current.Count ? current.Item(at) : JmesValue.Null;
    }

    // The specification's slice: missing bounds default by the step's direction, out-of-range bounds are clamped.
    private static JmesValue Slice(JmesValue current, SliceNode slice)
    {
        if (current.Kind is not (JmesKind.Array or JmesKind.String))
        {
            return JmesValue.Null;
        }

        var runes = current.Kind == JmesKind.String ? Runes(current.AsString()) : null;
        var length = runes?.Count ?? current.Count;
        var step = slice.Step ?? 1;
        var start = Bound(slice.Start, step < 0 ? length - 1 : 0, length, step);
        var stop = Bound(slice.Stop, step < 0 ? -1 : length, length, step);
        if (runes is not null)
        {
            var text = new StringBuilder();
            for (var i = start; step > 0 ? i < stop : i > stop; i += step)
            {
                text.Append(runes[i]);
            }

            return JmesValue.String(text.ToString());
        }

        var items = new List<JmesValue>();
        for (var i = start; step > 0 ? i < stop : i > stop; i += step)
        {
            items.Add(current.Item(i));
        }

        return JmesValue.Array(items);
    }

    private static int Bound(int? given, int fallback, int length, int step)
    {
        if (given is not { } value)
        {
            return fallback;
        }

        if (value < 0)
        {
            value += length;
            return value < 0 ? (step < 0 ? -1 : 0) : value;
        }

        return value >= length ? (step < 0 ? length - 1 : length) : value;
    }

    // A string's characters as the specification counts them: Unicode code points.
    private static List<string> Runes(string text)
    {
        var runes = new List<string>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            runes.Add(rune.ToString());
        }

        return runes;
    }

    private static JmesValue Flatten(JmesValue current)
    {
        if (current.Kind != JmesKind.Array)
        {
            return JmesValue.Null;
        }

        var items = new List<JmesValue>(current.Count);
        for (var i = 0; i < current.Count; i++)
        {
            var item = current.Item(i);
            if (item.Kind == JmesKind.Array)
            {
                for (var j = 0; j < item.Count; j++)
                {
                    items.Add(item.Item(j));
                }
            }
            else
            {
                items.Add(item);
            }
        }

        return JmesValue.Array(items);
    }

    private static JmesValue Compare(JmesTokenKind op, JmesValue left, JmesValue right)
    {
        switch (op)
        {
            case JmesTokenKind.Equal:
                return JmesValue.Bool(JmesCompare.Equal(left, right));
            case JmesTokenKind.NotEqual:
                return JmesValue.Bool(!JmesCompare.Equal(left, right));
        }

        if (JmesCompare.Order(left, right) is not { } order)
        {
            return JmesValue.Null;
        }

        return JmesValue.Bool(op switch
        {
            JmesTokenKind.Less => order < 0,
            JmesTokenKind.LessOrEqual => order <= 0,
            JmesTokenKind.Greater => order > 0,
            _ => order >= 0,
        });
    }

    private static JmesValue MultiSelect(ListNode list, JmesValue current, in JmesContext context)
    {
        var items = new List<JmesValue>(list.Items.Count);
        foreach (var item in list.Items)
        {
            items.Add(Evaluate(item, current, context));
        }

        return JmesValue.Array(items);
    }

    private static JmesValue MultiSelect(HashNode hash, JmesValue current, in JmesContext context)
    {
        var properties = new OrderedDictionary<string, JmesValue>(hash.Entries.Count, StringComparer.Ordinal);
        foreach (var (key, expression) in hash.Entries)
        {
            properties[key] = Evaluate(expression, current, context);
        }

        return JmesValue.Object(properties);
    }

    private static JmesValue Call(FunctionNode node, JmesValue current, in JmesContext context)
    {
        var args = new JmesValue[node.Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Evaluate(node.Arguments[i], current, context);
        }

        return node.Function.Invoke(args, context);
    }

    // The bindings are evaluated in the enclosing scope, then the body in a scope that adds them.
    private static JmesValue Let(LetNode let, JmesValue current, in JmesContext context)
    {
        var variables = context.Variables;
        foreach (var (name, expression) in let.Bindings)
        {
            variables = new JmesVariables(name, Evaluate(expression, current, context), variables);
        }

        return Evaluate(let.Body, current, new JmesContext(context.Root, variables));
    }
}
