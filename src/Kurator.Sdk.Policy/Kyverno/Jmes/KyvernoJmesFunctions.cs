using System;
using System.Collections.Generic;
using System.Globalization;

namespace Kurator.Sdk.Policy.Kyverno.Jmes;

/// <summary>
/// The functions policies can call: the specification's and Kyverno's extensions used by policies (to_upper, to_lower,
/// trim_prefix, truncate, equal_fold).
/// </summary>
internal static class KyvernoJmesFunctions
{
    /// <summary>Every function by name; read-only, shared by all parsers.</summary>
    public static IReadOnlyDictionary<string, JmesFunction> Table { get; } = Build();

    private static Dictionary<string, JmesFunction> Build()
    {
        var table = new Dictionary<string, JmesFunction>(StringComparer.Ordinal);
        foreach (var function in JmesBuiltins.All())
        {
            table.Add(function.Name, function);
        }

        foreach (var function in Kyverno())
        {
            table.Add(function.Name, function);
        }

        return table;
    }

    private static IEnumerable<JmesFunction> Kyverno()
    {
        yield return JmesBuiltins.Fn("to_upper", 1, (f, a) => JmesValue.String(f.Expect(a, 0, JmesKind.String).AsString().ToUpperInvariant()));
        yield return JmesBuiltins.Fn("to_lower", 1, (f, a) => JmesValue.String(f.Expect(a, 0, JmesKind.String).AsString().ToLowerInvariant()));
        yield return JmesBuiltins.Fn("trim_prefix", 2, (f, a) =>
        {
            var text = f.Expect(a, 0, JmesKind.String).AsString();
            var prefix = f.Expect(a, 1, JmesKind.String).AsString();
            return JmesValue.String(text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : text);
        });
        yield return JmesBuiltins.Fn("truncate", 2, (f, a) =>
        {
            var text = f.Expect(a, 0, JmesKind.String).AsString();
            var length = Convert.ToInt32(f.Expect(a, 1, JmesKind.Number).AsNumber(), CultureInfo.InvariantCulture);
            return JmesValue.String(length < 0 ? string.Empty : text.Length <= length ? text : text[..length]);
        });
        yield return JmesBuiltins.Fn("equal_fold", 2, (f, a) =>
            JmesValue.Bool(string.Equals(f.Expect(a, 0, JmesKind.String).AsString(), f.Expect(a, 1, JmesKind.String).AsString(), StringComparison.OrdinalIgnoreCase)));
    }
}
