using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Kurator.Sdk.Tests.Fuzz;

/// <summary>
/// Random edits of YAML/JSON text, all from one seeded <see cref="Random"/> so a run can be replayed: bit flips of the
/// UTF-8 bytes, truncation, line duplication, deletion and swaps, indentation changes (including tabs), scalar values
/// swapped for values of another type, YAML/JSON syntax fragments, and splices from other inputs. The result never
/// exceeds <see cref="MaxLength"/> characters, which bounds the memory one case can need.
/// </summary>
internal sealed partial class Mutator(Random random)
{
    /// <summary>The longest input produced (characters).</summary>
    public const int MaxLength = 128 * 1024;

    // Values of other types and edge values: huge and out-of-range numbers, special floats, YAML tags, anchors and
    // aliases, block scalar headers, lone surrogates, empty collections.
    private static readonly string[] YamlValues =
    [
        "null", "~", "true", "False", "0", "-1", "99999999999999999999", "-9223372036854775809", "1e400", "-0.0", "0x1F",
        "0o17", ".inf", "-.Inf", ".nan", "\"\"", "''", "[]", "{}", "[1, 2]", "{a: 1}", "\"\\u0000\"", "\"\\ud800\"",
        "!!binary aGk=", "!!int x", "!!map {}", "!custom 1", "&a 1", "*a", "*missing", "2026-01-01", "|", ">-", "|+2",
        "'it''s'", "\"tab\\there\"", "-", "? x", "=", "\u00ff", "\U0001F600", "1_000", "+12", "012", "1.5e+308",
        "- a\n- b", "\n  nested: 1", "[", "{", "\"unterminated",
    ];

    private static readonly string[] JsonValues =
    [
        "null", "true", "false", "0", "-1", "99999999999999999999", "1e400", "-0.0", "1.5e308", "\"\"", "[]", "{}",
        "[1,2]", "{\"a\":1}", "\"\\u0000\"", "\"\\ud800\"", "\"\\uZZZZ\"", "\"x", "01", "+1", "NaN", "[", "{",
    ];

    private static readonly string[] Fragments =
    [
        "\n---\n", "\n...\n", "- ", ": ", "{", "}", "[", "]", ",", "#", "&x ", "*x", "<<: *x\n", "!", "%YAML 1.2\n---\n",
        "\t", "\"", "'", "\\", "\r\n", "\r", "\0", "\uFEFF", "{\"a\":", "]]]", "[[[", "{{{", "null", "1e999", "? ", "|\n",
        "key: value\n", "- - - x\n", ":\n", "\u2028", "\ud800",
    ];

    [GeneratedRegex(@"^(?<head>\s*(?:- )?[^\s:#\-][^:#]*:[ \t]+)(?<value>\S.*)$")]
    private static partial Regex YamlPair();

    [GeneratedRegex("(?<head>:\\s*)(?<value>\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d[\\d.eE+\\-]*|true|false|null)")]
    private static partial Regex JsonValue();

    /// <summary>One to four random edits of <paramref name="text"/>; <paramref name="others"/> are spliced from.</summary>
    public string Mutate(string text, IReadOnlyList<string> others, List<string> applied)
    {
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            var (name, mutated) = Once(text, others);
            applied.Add(name);
            text = mutated.Length > MaxLength ? mutated[..MaxLength] : mutated;
        }

        return text;
    }

    private (string Name, string Text) Once(string text, IReadOnlyList<string> others) => random.Next(10) switch
    {
        0 => ("bit flip", FlipBit(text)),
        1 => ("truncation", text.Length == 0 ? text : text[..random.Next(text.Length)]),
        2 => ("line duplication", EditLines(text, (lines, i) => lines.InsertRange(i, Repeat(lines[i], 1 + random.Next(3))))),
        3 => ("line deletion", EditLines(text, (lines, i) => lines.RemoveAt(i))),
        4 => ("indentation change", EditLines(text, (lines, i) => lines[i] = Reindent(lines[i]))),
        5 => ("line swap", EditLines(text, (lines, i) => Swap(lines, i, random.Next(lines.Count)))),
        6 => ("yaml type swap", EditLines(text, (lines, i) => lines[i] = SwapYamlValue(lines[i]))),
        7 => ("json type swap", SwapJsonValue(text)),
        8 => ("syntax fragment", text.Insert(random.Next(text.Length + 1), Fragments[random.Next(Fragments.Length)])),
        _ => ("splice", Splice(text, others[random.Next(others.Count)])),
    };

    private string FlipBit(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0) return text;
        bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        // Decoded as File.ReadAllText would: invalid sequences become U+FFFD.
        return Encoding.UTF8.GetString(bytes);
    }

    private static void Swap(List<string> lines, int i, int j) => (lines[i], lines[j]) = (lines[j], lines[i]);

    private static IEnumerable<string> Repeat(string line, int times)
    {
        for (var i = 0; i < times; i++) yield return line;
    }

    private string EditLines(string text, Action<List<string>, int> edit)
    {
        var lines = new List<string>(text.Split('\n'));
        // Prefer a line with content, so most edits change something.
        var index = random.Next(lines.Count);
        for (var tries = 0; tries < 4 && lines[index].Trim().Length == 0; tries++) index = random.Next(lines.Count);
        edit(lines, index);
        return string.Join('\n', lines);
    }

    private string Reindent(string line)
    {
        var trimmed = line.TrimStart(' ');
        var indent = line.Length - trimmed.Length;
        return random.Next(4) switch
        {
            0 => new string(' ', indent + 1 + random.Next(4)) + trimmed,
            1 => new string(' ', Math.Max(0, indent - 1 - random.Next(4))) + trimmed,
            2 => "\t" + line,
            _ => new string(' ', Math.Max(0, indent - 2)) + "\t" + trimmed,
        };
    }

    private string SwapYamlValue(string line)
    {
        var match = YamlPair().Match(line);
        return match.Success ? match.Groups["head"].Value + YamlValues[random.Next(YamlValues.Length)] : line;
    }

    private string SwapJsonValue(string text)
    {
        var matches = JsonValue().Matches(text);
        if (matches.Count == 0) return text;
        var match = matches[random.Next(matches.Count)];
        var value = match.Groups["value"];
        return string.Concat(text.AsSpan(0, value.Index), JsonValues[random.Next(JsonValues.Length)], text.AsSpan(value.Index + value.Length));
    }

    private string Splice(string text, string other)
    {
        if (other.Length == 0) return text;
        var start = random.Next(other.Length);
        var length = Math.Min(other.Length - start, 1 + random.Next(400));
        return text.Insert(random.Next(text.Length + 1), other.Substring(start, length));
    }
}
