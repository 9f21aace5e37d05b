using System;
using System.Globalization;

namespace Kurator.Sdk;

/// <summary>RFC 3339 formatting and parsing as Kubernetes writes times (UTC as "Z", fractions only when present).</summary>
public static class KubeTime
{
    /// <summary>Formats a time ("2024-01-02T03:04:05Z").</summary>
    public static string Format(DateTimeOffset value)
    {
        var fraction = value.Ticks % TimeSpan.TicksPerSecond;
        var pattern = fraction == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF";
        var text = value.ToString(pattern, CultureInfo.InvariantCulture);
        return value.Offset == TimeSpan.Zero ? text + "Z" : text + value.ToString("zzz", CultureInfo.InvariantCulture);
    }

    /// <summary>Parses RFC 3339 text.</summary>
    public static bool TryParse(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value) && text.Length >= 10 && text.Contains('T', StringComparison.OrdinalIgnoreCase);
}
