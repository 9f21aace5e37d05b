using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Json;

/// <summary>RFC 6901 JSON pointers: <c>/spec/template/spec/containers/0/image</c>, with <c>~0</c> and <c>~1</c> escapes.</summary>
public static class JsonPointer
{
    /// <summary>The unescaped reference tokens of <paramref name="pointer"/> (empty for the whole document).</summary>
    /// <exception cref="JsonPatchException">The pointer does not start with '/' or has a '~' not followed by 0 or 1.</exception>
    public static IReadOnlyList<string> Parse(string pointer)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        if (pointer.Length == 0) return [];
        if (pointer[0] != '/') throw new JsonPatchException($"'{pointer}' is not a JSON pointer (it must start with '/')");
        for (var i = pointer.IndexOf('~'); i >= 0; i = pointer.IndexOf('~', i + 1))
        {
            if (i + 1 == pointer.Length || (pointer[i + 1] != '0' && pointer[i + 1] != '1'))
                throw new JsonPatchException($"'{pointer}' is not a JSON pointer ('~' must be followed by 0 or 1)");
        }

        // ~1 before ~0, so "~01" is the token "~1" and not "/".
        return pointer[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
    }

    /// <summary>The pointer made of <paramref name="tokens"/>, escaped.</summary>
    public static string Format(IEnumerable<string> tokens) =>
        string.Concat(tokens.Select(t => "/" + t.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)));

    /// <summary><paramref name="pointer"/> with one more token.</summary>
    public static string Append(string pointer, string token) => pointer + Format([token]);

    /// <summary>
    /// The array position a token names: digits without a leading zero (RFC 6901's array-index), or <c>-</c> (one past
    /// the end) when <paramref name="allowEnd"/>. Anything else, or a position outside the array, throws.
    /// </summary>
    public static int ArrayIndex(JsonArray array, string token, bool allowEnd)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentNullException.ThrowIfNull(token);
        if (token == "-")
        {
            return allowEnd ? array.Count : throw new JsonPatchException("'-' (past the end of the array) names no existing item");
        }

        var wellFormed = token.Length > 0 && (token == "0" || token[0] != '0') && token.All(char.IsAsciiDigit);
        if (!wellFormed) throw new JsonPatchException($"'{token}' is not an array index (digits without leading zeros, or '-')");
        if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i) || i > array.Count || (i == array.Count && !allowEnd))
            throw new JsonPatchException($"array index '{token}' is out of range (the array has {array.Count} items)");
        return i;
    }
}
