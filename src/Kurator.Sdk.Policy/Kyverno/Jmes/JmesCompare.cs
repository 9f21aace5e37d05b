using System;

namespace Kurator.Sdk.Policy.Kyverno.Jmes;

/// <summary>Equality and ordering of JMESPath values.</summary>
internal static class JmesCompare
{
    /// <summary>Deep JSON equality: numbers by value (1 == 1.0), strings ordinally, objects whatever their key order.</summary>
    public static bool Equal(JmesValue a, JmesValue b)
    {
        if (a.Kind != b.Kind)
        {
            return false;
        }

        switch (a.Kind)
        {
            case JmesKind.Number:
                return a.AsNumber() == b.AsNumber();
            case JmesKind.String:
                return string.Equals(a.AsString(), b.AsString(), StringComparison.Ordinal);
            case JmesKind.Array:
                if (a.Count != b.Count)
                {
                    return false;
                }

                for (var i = 0; i < a.Count; i++)
                {
                    if (!Equal(a.Item(i), b.Item(i)))
                    {
                        return false;
                    }
                }

                return true;
            case JmesKind.Object:
                if (a.Count != b.Count)
                {
                    return false;
                }

                foreach (var (key, value) in a.Properties())
                {
                    if (!b.TryGetProperty(key, out var other) || !Equal(value, other))
                    {
                        return false;
                    }
                }

                return true;
            case JmesKind.Expression:
                return ReferenceEquals(a.Expression, b.Expression);
            default:
                return true;
        }
    }

    /// <summary>
    /// The order of two numbers, or of two strings (ordinal, by UTF-16 code unit); null for any other pair, which
    /// JMESPath does not order.
    /// </summary>
    public static int? Order(JmesValue a, JmesValue b)
    {
        if (a.Kind == JmesKind.Number && b.Kind == JmesKind.Number)
        {
            return a.AsNumber().CompareTo(b.AsNumber());
        }

        if (a.Kind == JmesKind.String && b.Kind == JmesKind.String)
        {
            return Math.Sign(string.CompareOrdinal(a.AsString(), b.AsString()));
        }

        return null;
    }
}
