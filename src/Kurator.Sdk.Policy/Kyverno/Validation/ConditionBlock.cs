using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Kyverno.Conditions;
using Kurator.Sdk.Policy.Kyverno.Model;
using Kurator.Sdk.Policy.Kyverno.Variables;

namespace Kurator.Sdk.Policy.Kyverno.Validation;

/// <summary>
/// <c>preconditions</c> or <c>deny.conditions</c>: <c>any</c> (one true condition suffices) and <c>all</c> (every one),
/// both when both are given; the legacy plain list is <c>all</c>. Keys and values may hold variables; the operators are
/// Kyverno's (Conditions/).
/// </summary>
internal sealed class ConditionBlock
{
    private readonly List<Condition> _any;
    private readonly List<Condition> _all;

    private ConditionBlock(List<Condition> any, List<Condition> all)
    {
        _any = any;
        _all = all;
    }

    /// <summary>A block with no conditions (always true).</summary>
    public static ConditionBlock Empty { get; } = new(new List<Condition>(), new List<Condition>());

    public static ConditionBlock? Read(JsonNode? node, string path, PolicyReader reader)
    {
        var before = reader.ProblemCount;
        var any = new List<Condition>();
        var all = new List<Condition>();
        switch (node)
        {
            case null:
                return Empty;
            case JsonArray legacy:
                ReadList(legacy, path, reader, all);
                break;
            case JsonObject obj:
                if (reader.Array(obj, "any", path) is { } a)
                {
                    ReadList(a, FieldPath.Property(path, "any"), reader, any);
                }

                if (reader.Array(obj, "all", path) is { } l)
                {
                    ReadList(l, FieldPath.Property(path, "all"), reader, all);
                }

                break;
            default:
                reader.Problem(path, "expected any/all conditions, found " + PolicyReader.Describe(node));
                return null;
        }

        return reader.ProblemCount == before ? new ConditionBlock(any, all) : null;
    }

    /// <summary>True when the block holds; throws <see cref="VariableException"/> when a variable cannot be resolved.</summary>
    public bool Holds(VariableScope scope)
    {
        foreach (var c in _all)
        {
            if (!c.Holds(scope))
            {
                return false;
            }
        }

        if (_any.Count == 0)
        {
            return true;
        }

        foreach (var c in _any)
        {
            if (c.Holds(scope))
            {
                return true;
            }
        }

        return false;
    }

    private static void ReadList(JsonArray list, string path, PolicyReader reader, List<Condition> into)
    {
        for (var i = 0; i < list.Count; i++)
        {
            var itemPath = FieldPath.Index(path, i);
            if (list[i] is not JsonObject c)
            {
                reader.Problem(itemPath, "expected a condition (key, operator, value)");
                continue;
            }

            var op = reader.String(c, "operator", itemPath);
            if (op is null)
            {
                reader.Problem(FieldPath.Property(itemPath, "operator"), "a condition needs an operator");
                continue;
            }

            KyvernoConditionOperator parsed;
            try
            {
                parsed = KyvernoConditionOperator.Parse(op);
            }
            catch (KyvernoConditionException e)
            {
                reader.Problem(FieldPath.Property(itemPath, "operator"), e.Message);
                continue;
            }

            try
            {
                var key = VariableTree.Compile(c["key"], FieldPath.Property(itemPath, "key"));
                var value = VariableTree.Compile(c["value"], FieldPath.Property(itemPath, "value"));
                into.Add(new Condition(key, parsed, value));
            }
            catch (VariableSyntaxException e)
            {
                reader.Problem(e.Path, e.Message);
            }
        }
    }

    private sealed record Condition(VariableTree Key, KyvernoConditionOperator Operator, VariableTree Value)
    {
        public bool Holds(VariableScope scope) => Operator.Evaluate(Key.Resolve(scope), Value.Resolve(scope));
    }
}
