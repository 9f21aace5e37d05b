namespace Kurator.Sdk.Policy.Kyverno.Patterns;

/// <summary>
/// A Kyverno wildcard, compiled once: <c>*</c> matches any run of characters (also none), <c>?</c> exactly one;
/// everything else matches itself, case-sensitively. An empty pattern matches only the empty text.
/// </summary>
internal sealed class Wildcard
{
    private readonly bool _hasWildcards;
    private readonly bool _matchesAll;

    public Wildcard(string pattern)
    {
        Pattern = pattern;
        _hasWildcards = HasWildcards(pattern);
        _matchesAll = pattern == "*";
    }

    /// <summary>The pattern as written.</summary>
    public string Pattern { get; }

    /// <summary>True when the text contains <c>*</c> or <c>?</c>.</summary>
    public static bool HasWildcards(string text) => text.IndexOf('*') >= 0 || text.IndexOf('?') >= 0;

    /// <summary>Matches a text; linear in practice, O(n*m) at worst (no backtracking explosion).</summary>
    public bool Matches(string text)
    {
        if (_matchesAll)
        {
            return true;
        }

        if (!_hasWildcards)
        {
            return string.Equals(Pattern, text, System.StringComparison.Ordinal);
        }

        return Glob(Pattern, text);
    }

    /// <summary>One-off match without compiling (condition operators match value against key both ways).</summary>
    public static bool Match(string pattern, string text) =>
        pattern == "*" || (HasWildcards(pattern) ? Glob(pattern, text) : string.Equals(pattern, text, System.StringComparison.Ordinal));

    // Classic two-pointer glob: on a mismatch, retry from the last star with one more character consumed by it.
    private static bool Glob(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || (pattern[p] != '*' && pattern[p] == text[t])))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
