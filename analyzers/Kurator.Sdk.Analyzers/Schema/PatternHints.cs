namespace Kurator.Sdk.Analyzers.Schema;

/// <summary>Readable descriptions of the patterns users meet most, so messages show the allowed form, not only a regex.</summary>
internal static class PatternHints
{
    public static string Describe(string pattern)
    {
        if (pattern.Contains("(ms|s|m|h)") || pattern.Contains("(ms|s|m)"))
        {
            var units = pattern.Contains("|h)") ? "ms, s, m, h" : "ms, s, m";
            return "expected a Go duration: numbers with units " + units + ", e.g. \"5m\", \"1m30s\" (pattern " + pattern + ")";
        }

        if (pattern.StartsWith("^(http|https|ssh)://", System.StringComparison.Ordinal))
        {
            return "expected an http://, https:// or ssh:// URL (pattern " + pattern + ")";
        }

        if (pattern.StartsWith("^oci://", System.StringComparison.Ordinal))
        {
            return "expected an oci:// URL (pattern " + pattern + ")";
        }

        return "expected a value matching " + pattern;
    }
}
