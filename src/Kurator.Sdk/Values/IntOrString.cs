using System;
using System.Globalization;

namespace Kurator.Sdk;

/// <summary>An int-or-string value (ports, maxUnavailable "25%"): keeps which form was written.</summary>
public readonly struct IntOrString : IEquatable<IntOrString>
{
    private readonly string? _text;

    private IntOrString(long value, string? text, bool isInt)
    {
        IntValue = value;
        _text = text;
        IsInt = isInt;
    }

    /// <summary>True when the value is an integer.</summary>
    public bool IsInt { get; }

    /// <summary>The integer value (0 for strings).</summary>
    public long IntValue { get; }

    /// <summary>The string value (null for integers).</summary>
    public string? StringValue => IsInt ? null : _text ?? string.Empty;

    /// <summary>An integer value.</summary>
    public static IntOrString FromInt(long value) => new IntOrString(value, null, true);

    /// <summary>A string value.</summary>
    public static IntOrString FromString(string value) => new IntOrString(0, value ?? throw new ArgumentNullException(nameof(value)), false);

    /// <summary>Implicit conversion from int.</summary>
    public static implicit operator IntOrString(int value) => FromInt(value);

    /// <summary>Implicit conversion from long.</summary>
    public static implicit operator IntOrString(long value) => FromInt(value);

    /// <summary>Implicit conversion from string.</summary>
    public static implicit operator IntOrString(string value) => FromString(value);

    /// <inheritdoc/>
    public bool Equals(IntOrString other) => IsInt == other.IsInt && (IsInt ? IntValue == other.IntValue : StringValue == other.StringValue);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IntOrString o && Equals(o);

    /// <inheritdoc/>
    public override int GetHashCode() => IsInt ? IntValue.GetHashCode() : StringComparer.Ordinal.GetHashCode(StringValue!);

    /// <inheritdoc/>
    public override string ToString() => IsInt ? IntValue.ToString(CultureInfo.InvariantCulture) : StringValue!;

    /// <summary>Equality operator.</summary>
    public static bool operator ==(IntOrString a, IntOrString b) => a.Equals(b);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(IntOrString a, IntOrString b) => !a.Equals(b);
}
