using System;
using System.Numerics;

namespace Kurator.Sdk.Policy.Kyverno.Patterns;

/// <summary>
/// A Kubernetes resource quantity (<c>500m</c>, <c>1Gi</c>, <c>2e3</c>, <c>1.5</c>) held exactly as
/// mantissa x 10^decimalExponent x 2^binaryExponent, so comparisons never round (<c>1Gi</c> = <c>1024Mi</c>).
/// </summary>
internal readonly struct KubeQuantity
{
    // Far beyond any real quantity; keeps comparisons bounded in time and memory.
    private const int MaxExponent = 400;
    private const int MaxDigits = 100;

    private readonly BigInteger _mantissa;
    private readonly int _decimalExponent;
    private readonly int _binaryExponent;

    private KubeQuantity(BigInteger mantissa, int decimalExponent, int binaryExponent)
    {
        _mantissa = mantissa;
        _decimalExponent = decimalExponent;
        _binaryExponent = binaryExponent;
    }

    /// <summary>Parses the quantity grammar of the Kubernetes API; false for anything else.</summary>
    public static bool TryParse(string text, out KubeQuantity quantity)
    {
        quantity = default;
        var i = 0;
        var negative = false;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }

        if (!TryReadNumber(text, ref i, out var mantissa, out var fractionDigits))
        {
            return false;
        }

        var suffix = text.Substring(i);
        if (!TrySuffix(suffix, out var decimalExponent, out var binaryExponent))
        {
            return false;
        }

        decimalExponent -= fractionDigits;
        if (Math.Abs(decimalExponent) > MaxExponent)
        {
            return false;
        }

        quantity = new KubeQuantity(negative ? -mantissa : mantissa, decimalExponent, binaryExponent);
        return true;
    }

    /// <summary>-1, 0 or 1 as this quantity is below, equal to or above the other.</summary>
    public int CompareTo(KubeQuantity other)
    {
        var left = _mantissa;
        var right = other._mantissa;
        var dec = Math.Min(_decimalExponent, other._decimalExponent);
        left *= BigInteger.Pow(10, _decimalExponent - dec);
        right *= BigInteger.Pow(10, other._decimalExponent - dec);
        var bin = Math.Min(_binaryExponent, other._binaryExponent);
        left <<= _binaryExponent - bin;
        right <<= other._binaryExponent - bin;
        return left.CompareTo(right);
    }

    private static bool TryReadNumber(string text, ref int i, out BigInteger mantissa, out int fractionDigits)
    {
        mantissa = BigInteger.Zero;
        fractionDigits = 0;
        var digits = 0;
        var seenPoint = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= '0' && c <= '9')
            {
                if (++digits > MaxDigits)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (c - '0');
                if (seenPoint)
                {
                    fractionDigits++;
                }
            }
            else if (c == '.' && !seenPoint)
            {
                seenPoint = true;
            }
            else
            {
                break;
            }
        }

        return digits > 0;
    }

    private static bool TrySuffix(string suffix, out int decimalExponent, out int binaryExponent)
    {
        decimalExponent = 0;
        binaryExponent = 0;
        switch (suffix)
        {
            case "": return true;
            case "n": decimalExponent = -9; return true;
            case "u": decimalExponent = -6; return true;
            case "m": decimalExponent = -3; return true;
            case "k": decimalExponent = 3; return true;
            case "M": decimalExponent = 6; return true;
            case "G": decimalExponent = 9; return true;
            case "T": decimalExponent = 12; return true;
            case "P": decimalExponent = 15; return true;
            case "E": decimalExponent = 18; return true;
            case "Ki": binaryExponent = 10; return true;
            case "Mi": binaryExponent = 20; return true;
            case "Gi": binaryExponent = 30; return true;
            case "Ti": binaryExponent = 40; return true;
            case "Pi": binaryExponent = 50; return true;
            case "Ei": binaryExponent = 60; return true;
        }

        // Decimal exponent: e or E followed by a signed integer.
        if (suffix.Length < 2 || (suffix[0] != 'e' && suffix[0] != 'E'))
        {
            return false;
        }

        var j = 1;
        var negative = false;
        if (suffix[j] == '+' || suffix[j] == '-')
        {
            negative = suffix[j] == '-';
            j++;
        }

        if (j >= suffix.Length || suffix.Length - j > 4)
        {
            return false;
        }

        var exponent = 0;
        for (; j < suffix.Length; j++)
        {
            if (suffix[j] < '0' || suffix[j] > '9')
            {
                return false;
            }

            exponent = (exponent * 10) + (suffix[j] - '0');
        }

        decimalExponent = negative ? -exponent : exponent;
        return true;
    }
}
