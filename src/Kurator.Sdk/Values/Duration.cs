using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Kurator.Sdk;

/// <summary>A Go duration as Kubernetes APIs write it ("3m0s", "1h30m", "500ms"); kept as written.</summary>
public readonly partial struct Duration : IEquatable<Duration>
{
    private readonly string? _text;

    private Duration(string text) => _text = text;

    /// <summary>The text as written.</summary>
    public string Text => _text ?? "0s";

    /// <summary>True when the text is a Go duration (one or more number+unit pairs).</summary>
    public bool IsValid => Syntax().IsMatch(Text);

    /// <summary>A duration from text; validity is checked by <see cref="IsValid"/> and by validation.</summary>
    public static Duration Parse(string text) => new Duration(text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>Implicit conversion from Go duration text.</summary>
    public static implicit operator Duration(string text) => Parse(text);

    /// <summary>Implicit conversion from a TimeSpan, written as Go does ("1h2m3s", "500ms").</summary>
    public static implicit operator Duration(TimeSpan value) => new Duration(Format(value));

    /// <summary>The value as a TimeSpan.</summary>
    public TimeSpan ToTimeSpan()
    {
        var total = 0.0;
        foreach (Match m in Part().Matches(Text))
        {
            var n = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            total += m.Groups[2].Value switch
            {
                "h" => n * 3600e3,
                "m" => n * 60e3,
                "s" => n * 1e3,
                "ms" => n,
                "us" or "µs" => n / 1e3,
                _ => n / 1e6,
            };
        }

        return TimeSpan.FromMilliseconds(total) * (Text.StartsWith('-') ? -1 : 1);
    }

    /// <summary>Formats a TimeSpan the way Go's time.Duration.String does.</summary>
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "0s";
        }

        var sb = new StringBuilder();
        if (value < TimeSpan.Zero)
        {
            sb.Append('-');
            value = value.Negate();
        }

        if (value < TimeSpan.FromSeconds(1))
        {
            return sb.Append(value.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture)).Append("ms").ToString();
        }

        var hours = (long)value.TotalHours;
        if (hours > 0)
        {
            sb.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('h');
        }

        if (hours > 0 || value.Minutes > 0)
        {
            sb.Append(value.Minutes.ToString(CultureInfo.InvariantCulture)).Append('m');
        }

        var seconds = value.Seconds + (value.Milliseconds / 1000.0);
        sb.Append(seconds.ToString("0.###", CultureInfo.InvariantCulture)).Append('s');
        return sb.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(Duration other) => Text == other.Text;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Duration d && Equals(d);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <summary>Equality operator.</summary>
    public static bool operator ==(Duration a, Duration b) => a.Equals(b);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(Duration a, Duration b) => !a.Equals(b);

    [GeneratedRegex(@"^[-+]?([0-9]+(\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$|^0$", RegexOptions.CultureInvariant)]
    private static partial Regex Syntax();

    [GeneratedRegex(@"([0-9]+(?:\.[0-9]*)?)(ns|us|µs|ms|s|m|h)", RegexOptions.CultureInvariant)]
    private static partial Regex Part();
}
