using System;
using System.Globalization;

namespace Kurator.Sdk.Policy.Rules;

/// <summary>
/// A Pod Security Standards version (<c>v1.N</c> or <c>latest</c>), as selected by the
/// <c>pod-security.kubernetes.io/&lt;mode&gt;-version</c> label. Each check uses its variant with the
/// highest minimum version not above this one; <c>latest</c> is above every version.
/// </summary>
public readonly struct PodSecurityVersion : IEquatable<PodSecurityVersion>, IComparable<PodSecurityVersion>
{
    private const int LatestMinor = int.MaxValue;

    private PodSecurityVersion(int minor)
    {
        Minor = minor;
    }

    /// <summary>The newest version: every check's newest variant applies.</summary>
    public static PodSecurityVersion Latest => new PodSecurityVersion(LatestMinor);

    /// <summary>The minor number N of <c>v1.N</c>; <see cref="int.MaxValue"/> for <see cref="Latest"/>.</summary>
    public int Minor { get; }

    /// <summary>True for <see cref="Latest"/>.</summary>
    public bool IsLatest => Minor == LatestMinor;

    /// <summary>The version <c>v1.<paramref name="minor"/></c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The minor number is negative.</exception>
    public static PodSecurityVersion V1(int minor)
    {
        if (minor < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minor), minor, "minor version must be zero or more");
        }

        return new PodSecurityVersion(minor);
    }

    /// <summary>Parses <c>v1.N</c>, <c>1.N</c> or <c>latest</c>.</summary>
    /// <exception cref="FormatException">The text is not a Pod Security version.</exception>
    public static PodSecurityVersion Parse(string text)
    {
        if (TryParse(text, out var version))
        {
            return version;
        }

        throw new FormatException("invalid Pod Security version '" + text + "' (expected v1.N or latest)");
    }

    /// <summary>Parses <c>v1.N</c>, <c>1.N</c> or <c>latest</c>; returns false otherwise.</summary>
    public static bool TryParse(string? text, out PodSecurityVersion version)
    {
        version = Latest;
        var t = (text ?? string.Empty).Trim();
        if (string.Equals(t, "latest", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (t.StartsWith("v", StringComparison.OrdinalIgnoreCase))
        {
            t = t.Substring(1);
        }

        // PSA only defines major version 1.
        if (!t.StartsWith("1.", StringComparison.Ordinal))
        {
            return false;
        }

        if (!int.TryParse(t.Substring(2), NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            return false;
        }

        version = new PodSecurityVersion(minor);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(PodSecurityVersion other) => Minor.CompareTo(other.Minor);

    /// <inheritdoc />
    public bool Equals(PodSecurityVersion other) => Minor == other.Minor;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PodSecurityVersion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Minor;

    /// <summary><c>v1.N</c> or <c>latest</c>.</summary>
    public override string ToString() => IsLatest ? "latest" : "v1." + Minor.ToString(CultureInfo.InvariantCulture);

    /// <summary>Compares versions (<c>latest</c> is the greatest).</summary>
    public static bool operator <(PodSecurityVersion left, PodSecurityVersion right) => left.Minor < right.Minor;

    /// <summary>Compares versions (<c>latest</c> is the greatest).</summary>
    public static bool operator >(PodSecurityVersion left, PodSecurityVersion right) => left.Minor > right.Minor;

    /// <summary>Compares versions (<c>latest</c> is the greatest).</summary>
    public static bool operator <=(PodSecurityVersion left, PodSecurityVersion right) => left.Minor <= right.Minor;

    /// <summary>Compares versions (<c>latest</c> is the greatest).</summary>
    public static bool operator >=(PodSecurityVersion left, PodSecurityVersion right) => left.Minor >= right.Minor;

    /// <summary>Equality.</summary>
    public static bool operator ==(PodSecurityVersion left, PodSecurityVersion right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(PodSecurityVersion left, PodSecurityVersion right) => !left.Equals(right);
}
