namespace Kurator.Sdk.Schema.Documents;

/// <summary>
/// Hands out one string instance per short scalar text (keys such as <c>name</c>, values such as <c>web</c>): manifests
/// repeat them in every document, and the trees a load keeps would otherwise hold thousands of copies. A fixed table of
/// short strings, so its memory is bounded whatever the input.
/// </summary>
internal sealed class ScalarStringPool
{
    private const int MaxLength = 32;
    private const int Slots = 1024;
    private readonly string?[] _slots = new string?[Slots];

    /// <summary>The text of <c>s[start..start+length)</c>, shared with earlier calls for the same short text.</summary>
    public string Get(string s, int start, int length)
    {
        if (length == 0)
        {
            return string.Empty;
        }

        if (length > MaxLength)
        {
            return s.Substring(start, length);
        }

        // FNV-1a over the characters: cheap, and spreads the short keys of manifests well over the table.
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
        {
            hash = (hash ^ s[i]) * 16777619u;
        }

        var slot = (int)(hash & (Slots - 1));
        var known = _slots[slot];
        if (known != null && known.Length == length && string.CompareOrdinal(known, 0, s, start, length) == 0)
        {
            return known;
        }

        known = s.Substring(start, length);
        _slots[slot] = known;
        return known;
    }
}
