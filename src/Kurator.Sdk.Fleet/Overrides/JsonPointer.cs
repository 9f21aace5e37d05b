using System;
using System.Collections.Generic;
using System.Linq;

namespace Kurator.Sdk.Fleet.Overrides;

/// <summary>RFC 6901 JSON pointers: <c>/spec/template/spec/containers/0/image</c>, with <c>~0</c> and <c>~1</c> escapes.</summary>
public static class JsonPointer
{
    /// <summary>The unescaped reference tokens of <paramref name="pointer"/> (empty for the whole document).</summary>
    public static IReadOnlyList<string> Parse(string pointer)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        if (pointer.Length == 0) return [];
        if (pointer[0] != '/') throw new JsonPatchException($"'{pointer}' is not a JSON pointer (it must start with '/')");
        return pointer[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
    }

    /// <summary>The pointer made of <paramref name="tokens"/>, escaped.</summary>
    public static string Format(IEnumerable<string> tokens) =>
        string.Concat(tokens.Select(t => "/" + t.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)));

    /// <summary><paramref name="pointer"/> with one more token.</summary>
    public static string Append(string pointer, string token) => pointer + Format([token]);
}
