using System;
using System.Globalization;

namespace Kurator.Sdk.Policy.Kyverno.Conditions;

/// <summary>A strict semantic version (<c>1.2.3</c>, <c>1.2.3-rc.1+build</c>) ordered by the SemVer 2.0 rules.</summary>
internal readonly struct SemanticVersion : IComparable<SemanticVersion>
{
    private readonly ulong _major;
    private readonly ulong _minor;
    private readonly ulong _patch;
    private readonly string[] _pre;

    private SemanticVersion(ulong major, ulong minor, ulong patch, string[] pre)
    {
        _major = major;
        _minor = minor;
        _patch = patch;
        _pre = pre;
    }

    public static bool TryParse(string text, out SemanticVersion version)
    {
        version = default;
        var plus = text.IndexOf('+');
        var core = plus >= 0 ? text.Substring(0, plus) : text;
        var dash = core.IndexOf('-');
        var numbers = (dash >= 0 ? core.Substring(0, dash) : core).Split('.');
        if (numbers.Length != 3
            || !TryNumber(numbers[0], out var major) || !TryNumber(numbers[1], out var minor) || !TryNumber(numbers[2], out var patch))
        {
            return false;
        }

        var pre = dash >= 0 ? core.Substring(dash + 1).Split('.') : Array.Empty<string>();
        foreach (var part in pre)
        {
            if (part.Length == 0)
            {
                return false;
            }
        }

        version = new SemanticVersion(major, minor, patch, pre);
        return true;
    }

    public int CompareTo(SemanticVersion other)
    {
        var c = _major.CompareTo(other._major);
        c = c != 0 ? c : _minor.CompareTo(other._minor);
        c = c != 0 ? c : _patch.CompareTo(other._patch);
        if (c != 0)
        {
            return c;
        }

        // A pre-release sorts before the release; identifiers compare numerically when both are numbers.
        if (_pre.Length == 0 || other._pre.Length == 0)
        {
            return other._pre.Length.CompareTo(_pre.Length);
        }

        for (var i = 0; i < Math.Min(_pre.Length, other._pre.Length); i++)
        {
            var a = _pre[i];
            var b = other._pre[i];
            var aNum = ulong.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var an);
            var bNum = ulong.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var bn);
            c = aNum && bNum ? an.CompareTo(bn) : aNum ? -1 : bNum ? 1 : string.CompareOrdinal(a, b);
            if (c != 0)
            {
                return Math.Sign(c);
            }
        }

        return _pre.Length.CompareTo(other._pre.Length);
    }

    private static bool TryNumber(string text, out ulong value)
    {
        value = 0;
        return text.Length > 0 && (text == "0" || text[0] != '0') && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
