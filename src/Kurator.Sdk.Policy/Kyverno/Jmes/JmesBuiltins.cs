using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Kurator.Sdk.Policy.Kyverno.Jmes;

/// <summary>The functions of the JMESPath specification, each checking its argument types.</summary>
internal static class JmesBuiltins
{
    public static IEnumerable<JmesFunction> All()
    {
        yield return Fn("abs", 1, (f, a) => JmesValue.Number(Math.Abs(f.Expect(a, 0, JmesKind.Number).AsNumber())));
        yield return Fn("avg", 1, Avg);
        yield return Fn("ceil", 1, (f, a) => JmesValue.Number(Math.Ceiling(f.Expect(a, 0, JmesKind.Number).AsNumber())));
        yield return Fn("contains", 2, Contains);
        yield return Fn("ends_with", 2, (f, a) => JmesValue.Bool(f.Expect(a, 0, JmesKind.String).AsString().EndsWith(f.Expect(a, 1, JmesKind.String).AsString(), StringComparison.Ordinal)));
        yield return Fn("floor", 1, (f, a) => JmesValue.Number(Math.Floor(f.Expect(a, 0, JmesKind.Number).AsNumber())));
        yield return Fn("join", 2, Join);
        yield return Fn("keys", 1, Keys);
        yield return Fn("length", 1, Length);
        yield return new JmesFunction("map", 2, 2, Map);
        yield return Fn("max", 1, (f, a) => Extreme(f, a, largest: true));
        yield return new JmesFunction("max_by", 2, 2, (JmesFunction f, JmesValue[] a, in JmesContext c) => ExtremeBy(f, a, c, largest: true));
        yield return new JmesFunction("merge", 1, JmesFunction.Variadic, (JmesFunction f, JmesValue[] a, in JmesContext _) => Merge(f, a));
        yield return Fn("min", 1, (f, a) => Extreme(f, a, largest: false));
        yield return new JmesFunction("min_by", 2, 2, (JmesFunction f, JmesValue[] a, in JmesContext c) => ExtremeBy(f, a, c, largest: false));
        yield return new JmesFunction("not_null", 1, JmesFunction.Variadic, (JmesFunction _, JmesValue[] a, in JmesContext _) => Array.Find(a, v => !v.IsNull));
        yield return Fn("reverse", 1, Reverse);
        yield return Fn("sort", 1, Sort);
        yield return new JmesFunction("sort_by", 2, 2, SortBy);
        yield return Fn("starts_with", 2, (f, a) => JmesValue.Bool(f.Expect(a, 0, JmesKind.String).AsString().StartsWith(f.Expect(a, 1, JmesKind.String).AsString(), StringComparison.Ordinal)));
        yield return Fn("sum", 1, Sum);
        yield return Fn("to_array", 1, (f, a) => a[0].Kind == JmesKind.Array ? a[0] : JmesValue.Array([a[0]]));
        yield return Fn("to_number", 1, ToNumber);
        yield return Fn("to_string", 1, (f, a) => a[0].Kind == JmesKind.String ? a[0] : JmesValue.String(JmesJson.Serialize(a[0])));
        yield return Fn("type", 1, (f, a) => JmesValue.String(a[0].TypeName));
        yield return Fn("values", 1, Values);
    }

    /// <summary>A function of a fixed number of arguments that needs no evaluation context (most of them).</summary>
    public static JmesFunction Fn(string name, int arity, Func<JmesFunction, JmesValue[], JmesValue> body) =>
        new(name, arity, arity, (JmesFunction function, JmesValue[] args, in JmesContext _) => body(function, args));

    private static JmesValue Avg(JmesFunction f, JmesValue[] a)
    {
        var items = f.ExpectArrayOf(a, 0, JmesKind.Number);
        return items.Count == 0 ? JmesValue.Null : JmesValue.Number(Total(items) / items.Count);
    }

    private static JmesValue Sum(JmesFunction f, JmesValue[] a) => JmesValue.Number(Total(f.ExpectArrayOf(a, 0, JmesKind.Number)));

    private static double Total(JmesValue items)
    {
        var total = 0d;
        for (var i = 0; i < items.Count; i++)
        {
            total += items.Item(i).AsNumber();
        }

        return total;
    }

    private static JmesValue Contains(JmesFunction f, JmesValue[] a)
    {
        var subject = a[0];
        if (subject.Kind == JmesKind.String)
        {
            // A string holds only strings.
            return JmesValue.Bool(a[1].Kind == JmesKind.String && subject.AsString().Contains(a[1].AsString(), StringComparison.Ordinal));
        }

        if (subject.Kind != JmesKind.Array)
        {
            throw f.TypeError(0, "an array or a string", subject);
        }

        for (var i = 0; i < subject.Count; i++)
        {
            if (JmesCompare.Equal(subject.Item(i), a[1]))
            {
                return JmesValue.True;
            }
        }

        return JmesValue.False;
    }

    private static JmesValue Join(JmesFunction f, JmesValue[] a)
    {
        var glue = f.Expect(a, 0, JmesKind.String).AsString();
        var items = f.ExpectArrayOf(a, 1, JmesKind.String);
        var text = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : glue).Append(items.Item(i).AsString());
        }

        return JmesValue.String(text.ToString());
    }

    private static JmesValue Keys(JmesFunction f, JmesValue[] a)
    {
        var keys = new List<JmesValue>();
        foreach (var (key, _) in f.Expect(a, 0, JmesKind.Object).Properties())
        {
            keys.Add(JmesValue.String(key));
        }

        return JmesValue.Array(keys);
    }

    private static JmesValue Values(JmesFunction f, JmesValue[] a)
    {
        var values = new List<JmesValue>();
        foreach (var (_, value) in f.Expect(a, 0, JmesKind.Object).Properties())
        {
            values.Add(value);
        }

        return JmesValue.Array(values);
    }

    private static JmesValue Length(JmesFunction f, JmesValue[] a) => a[0].Kind switch
    {
        // The specification counts code points.
        JmesKind.String => JmesValue.Number(CountRunes(a[0].AsString())),
        JmesKind.Array or JmesKind.Object => JmesValue.Number(a[0].Count),
        _ => throw f.TypeError(0, "a string, an array or an object", a[0]),
    };

    private static int CountRunes(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    private static JmesValue Map(JmesFunction f, JmesValue[] a, in JmesContext context)
    {
        var expression = f.Expect(a, 0, JmesKind.Expression).Expression;
        var items = f.Expect(a, 1, JmesKind.Array);
        var results = new List<JmesValue>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            // Unlike a projection, map keeps nulls.
            results.Add(JmesEvaluator.Evaluate(expression, items.Item(i), context));
        }

        return JmesValue.Array(results);
    }

    private static JmesValue Extreme(JmesFunction f, JmesValue[] a, bool largest)
    {
        var items = f.Expect(a, 0, JmesKind.Array);
        if (!JmesFunction.AllOf(items, JmesKind.Number) && !JmesFunction.AllOf(items, JmesKind.String))
        {
            throw f.TypeError(0, "an array of numbers or an array of strings", items);
        }

        var best = JmesValue.Null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items.Item(i);
            if (best.IsNull || (JmesCompare.Order(item, best) is { } order && (largest ? order > 0 : order < 0)))
            {
                best = item;
            }
        }

        return best;
    }

    private static JmesValue ExtremeBy(JmesFunction f, JmesValue[] a, in JmesContext context, bool largest)
    {
        var items = f.Expect(a, 0, JmesKind.Array);
        var keys = SortKeys(f, items, f.Expect(a, 1, JmesKind.Expression).Expression, context);
        var best = -1;
        for (var i = 0; i < keys.Length; i++)
        {
            if (best < 0 || (JmesCompare.Order(keys[i], keys[best]) is { } order && (largest ? order > 0 : order < 0)))
            {
                best = i;
            }
        }

        return best < 0 ? JmesValue.Null : items.Item(best);
    }

    private static JmesValue Merge(JmesFunction f, JmesValue[] a)
    {
        var merged = new OrderedDictionary<string, JmesValue>(StringComparer.Ordinal);
        for (var i = 0; i < a.Length; i++)
        {
            foreach (var (key, value) in f.Expect(a, i, JmesKind.Object).Properties())
            {
                merged[key] = value;
            }
        }

        return JmesValue.Object(merged);
    }

    private static JmesValue Reverse(JmesFunction f, JmesValue[] a)
    {
        switch (a[0].Kind)
        {
            case JmesKind.String:
                var runes = new List<Rune>();
                foreach (var rune in a[0].AsString().EnumerateRunes())
                {
                    runes.Add(rune);
                }

                var text = new StringBuilder();
                for (var i = runes.Count - 1; i >= 0; i--)
                {
                    text.Append(runes[i].ToString());
                }

                return JmesValue.String(text.ToString());
            case JmesKind.Array:
                var items = a[0].ToList();
                items.Reverse();
                return JmesValue.Array(items);
            default:
                throw f.TypeError(0, "an array or a string", a[0]);
        }
    }

    private static JmesValue Sort(JmesFunction f, JmesValue[] a)
    {
        var items = f.Expect(a, 0, JmesKind.Array);
        if (!JmesFunction.AllOf(items, JmesKind.Number) && !JmesFunction.AllOf(items, JmesKind.String))
        {
            throw f.TypeError(0, "an array of numbers or an array of strings", items);
        }

        var list = items.ToList();
        return JmesValue.Array(StableSort(list, list.ToArray()));
    }

    private static JmesValue SortBy(JmesFunction f, JmesValue[] a, in JmesContext context)
    {
        var items = f.Expect(a, 0, JmesKind.Array);
        var keys = SortKeys(f, items, f.Expect(a, 1, JmesKind.Expression).Expression, context);
        return JmesValue.Array(StableSort(items.ToList(), keys));
    }

    // The expression's value for each item: all numbers or all strings, else the function fails.
    private static JmesValue[] SortKeys(JmesFunction f, JmesValue items, JmesNode expression, in JmesContext context)
    {
        var keys = new JmesValue[items.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = JmesEvaluator.Evaluate(expression, items.Item(i), context);
            if (keys[i].Kind is not (JmesKind.Number or JmesKind.String) || keys[i].Kind != keys[0].Kind)
            {
                throw new JmesException($"function {f.Name}() needs the expression to give only numbers or only strings, got {keys[i].TypeName}");
            }
        }

        return keys;
    }

    // Equal keys keep their items' order.
    private static List<JmesValue> StableSort(List<JmesValue> items, JmesValue[] keys)
    {
        var order = new int[items.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) => JmesCompare.Order(keys[x], keys[y]) is { } c && c != 0 ? c : x.CompareTo(y));
        var sorted = new List<JmesValue>(items.Count);
        foreach (var i in order)
        {
            sorted.Add(items[i]);
        }

        return sorted;
    }

    private static JmesValue ToNumber(JmesFunction f, JmesValue[] a)
    {
        switch (a[0].Kind)
        {
            case JmesKind.Number:
                return a[0];
            case JmesKind.String when double.TryParse(a[0].AsString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n):
                return JmesValue.Number(n);
            default:
                return JmesValue.Null;
        }
    }
}
