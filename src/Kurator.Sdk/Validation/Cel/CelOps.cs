using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kurator.Sdk.Validation.Cel;

/// <summary>The operations of the CEL subset, over plain values: null, bool, long, double, string, lists and maps.</summary>
internal static class CelOps
{
    public static object? FromJson(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var p in obj)
                {
                    map[p.Key] = FromJson(p.Value);
                }

                return map;
            case JsonArray arr:
                return arr.Select(FromJson).ToList();
            default:
                var v = (JsonValue)node;
                return v.GetValueKind() switch
                {
                    JsonValueKind.String => v.GetValue<string>(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number => long.TryParse(v.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture),
                    _ => null,
                };
        }
    }

    public static bool Truth(object? value) => value is bool b ? b : throw new CelRuntimeException("no matching overload: expected bool");

    // CEL's || and && absorb errors when the other side decides the result.
    public static object Or(CelExpr left, CelExpr right, CelEnv env)
    {
        try
        {
            if (Truth(left(env)))
            {
                return true;
            }
        }
        catch (CelRuntimeException)
        {
            if (Truth(right(env)))
            {
                return true;
            }

            throw;
        }

        return Truth(right(env));
    }

    public static object And(CelExpr left, CelExpr right, CelEnv env)
    {
        try
        {
            if (!Truth(left(env)))
            {
                return false;
            }
        }
        catch (CelRuntimeException)
        {
            if (!Truth(right(env)))
            {
                return false;
            }

            throw;
        }

        return Truth(right(env));
    }

    public static object Field(object? target, string name)
    {
        if (target is Dictionary<string, object?> map)
        {
            return map.TryGetValue(name, out var v) ? v! : throw new CelRuntimeException("no such key: " + name);
        }

        throw new CelRuntimeException("no such key: " + name);
    }

    public static bool Has(object? target, string name) => target is Dictionary<string, object?> map && map.ContainsKey(name);

    public static object? Index(object? target, object? index)
    {
        switch (target)
        {
            case List<object?> list when index is long i:
                return i >= 0 && i < list.Count ? list[(int)i] : throw new CelRuntimeException("index out of range");
            case Dictionary<string, object?> map when index is string k:
                return map.TryGetValue(k, out var v) ? v : throw new CelRuntimeException("no such key: " + k);
            default:
                throw new CelRuntimeException("no matching overload for index");
        }
    }

    public static object Size(object? value) => value switch
    {
        string s => (long)s.Length,
        List<object?> l => (long)l.Count,
        Dictionary<string, object?> m => (long)m.Count,
        _ => throw new CelRuntimeException("no matching overload for size"),
    };

    public static string Str(object? value) => value as string ?? throw new CelRuntimeException("expected string");

    public static object StringFunction(string name, object? target, object? arg)
    {
        var s = Str(target);
        var a = Str(arg);
        return name switch
        {
            "startsWith" => s.StartsWith(a, StringComparison.Ordinal),
            "endsWith" => s.EndsWith(a, StringComparison.Ordinal),
            "contains" => s.Contains(a, StringComparison.Ordinal),
            _ => Regex.IsMatch(s, a, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
        };
    }

    public static object Compare(string op, object? left, object? right)
    {
        if (op == "in")
        {
            return right switch
            {
                List<object?> list => list.Any(item => ValueEquals(item, left)),
                Dictionary<string, object?> map => left is string key && map.ContainsKey(key),
                _ => throw new CelRuntimeException("no matching overload for in"),
            };
        }

        if (op == "==")
        {
            return ValueEquals(left, right);
        }

        if (op == "!=")
        {
            return !ValueEquals(left, right);
        }

        int cmp;
        if (IsNumber(left) && IsNumber(right))
        {
            cmp = ToNumber(left).CompareTo(ToNumber(right));
        }
        else if (left is string ls && right is string rs)
        {
            cmp = string.CompareOrdinal(ls, rs);
        }
        else
        {
            throw new CelRuntimeException("no matching overload for " + op);
        }

        return op switch
        {
            "<" => cmp < 0,
            "<=" => cmp <= 0,
            ">" => cmp > 0,
            _ => cmp >= 0,
        };
    }

    public static object? Arithmetic(string op, object? left, object? right)
    {
        if (op == "+" && left is string ls && right is string rs)
        {
            return ls + rs;
        }

        if (op == "+" && left is List<object?> ll && right is List<object?> rl)
        {
            return ll.Concat(rl).ToList();
        }

        if (left is long a && right is long b)
        {
            return op switch
            {
                "+" => a + b,
                "-" => a - b,
                "*" => a * b,
                "/" => b == 0 ? throw new CelRuntimeException("division by zero") : a / b,
                _ => b == 0 ? throw new CelRuntimeException("modulus by zero") : a % b,
            };
        }

        if (IsNumber(left) && IsNumber(right))
        {
            var x = ToNumber(left);
            var y = ToNumber(right);
            return op switch
            {
                "+" => x + y,
                "-" => x - y,
                "*" => x * y,
                "/" => x / y,
                _ => x % y,
            };
        }

        throw new CelRuntimeException("no matching overload for " + op);
    }

    public static object? Macro(string name, object? target, string variable, CelExpr body, CelEnv env)
    {
        IEnumerable<object?> items = target switch
        {
            List<object?> list => list,
            Dictionary<string, object?> map => map.Keys.Cast<object?>(),
            _ => throw new CelRuntimeException("no matching overload for " + name),
        };
        switch (name)
        {
            case "all":
                return items.All(i => Truth(body(env.Bind(variable, i))));
            case "exists":
                return items.Any(i => Truth(body(env.Bind(variable, i))));
            case "exists_one":
                return items.Count(i => Truth(body(env.Bind(variable, i)))) == 1;
            case "filter":
                return items.Where(i => Truth(body(env.Bind(variable, i)))).ToList();
            default:
                return items.Select(i => body(env.Bind(variable, i))).ToList();
        }
    }

    public static object ToInt(object? value) => value switch
    {
        long l => l,
        double d => (long)d,
        string s when long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
        _ => throw new CelRuntimeException("cannot convert to int"),
    };

    public static object ToDouble(object? value) => IsNumber(value) ? ToNumber(value) : throw new CelRuntimeException("cannot convert to double");

    public static object ToCelString(object? value) => value switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => throw new CelRuntimeException("cannot convert to string"),
    };

    private static bool IsNumber(object? v) => v is long || v is double;

    private static double ToNumber(object? v) => v is long l ? l : (double)v!;

    private static bool ValueEquals(object? a, object? b)
    {
        if (IsNumber(a) && IsNumber(b))
        {
            return ToNumber(a) == ToNumber(b);
        }

        switch (a)
        {
            case null:
                return b == null;
            case List<object?> la when b is List<object?> lb:
                return la.Count == lb.Count && la.Zip(lb).All(p => ValueEquals(p.First, p.Second));
            case Dictionary<string, object?> ma when b is Dictionary<string, object?> mb:
                return ma.Count == mb.Count && ma.All(p => mb.TryGetValue(p.Key, out var v) && ValueEquals(p.Value, v));
            default:
                return a.Equals(b);
        }
    }
}
