using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Errors;

namespace Kurator.Sdk.Emulator.Http;

/// <summary>Label selectors (<c>a=b, a!=b, a in (x,y), a notin (x), a, !a</c>) and field selectors (<c>metadata.name=x</c>, any dotted path, <c>=, ==, !=</c>).</summary>
internal sealed class Selectors
{
    private readonly List<Func<JsonObject, bool>> _tests = new();

    public static Selectors Parse(string? labelSelector, string? fieldSelector)
    {
        var s = new Selectors();
        foreach (var term in SplitTerms(labelSelector)) s._tests.Add(LabelTerm(term));
        foreach (var term in SplitTerms(fieldSelector)) s._tests.Add(FieldTerm(term));
        return s;
    }

    public bool Matches(JsonObject obj) => _tests.All(t => t(obj));

    private static IEnumerable<string> SplitTerms(string? selector)
    {
        if (string.IsNullOrWhiteSpace(selector)) yield break;
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= selector.Length; i++)
        {
            if (i < selector.Length && selector[i] == '(') depth++;
            else if (i < selector.Length && selector[i] == ')') depth--;
            else if (i == selector.Length || (selector[i] == ',' && depth == 0))
            {
                var term = selector[start..i].Trim();
                if (term.Length > 0) yield return term;
                start = i + 1;
            }
        }
    }

    private static Func<JsonObject, bool> LabelTerm(string term)
    {
        static string? Label(JsonObject o, string key) => o["metadata"]?["labels"]?[key]?.GetValue<string>();
        static bool Has(JsonObject o, string key) => o["metadata"]?["labels"] is JsonObject l && l.ContainsKey(key);
        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 3 && words[1] is "in" or "notin")
        {
            var key = words[0];
            var set = string.Join(" ", words.Skip(2)).Trim().TrimStart('(').TrimEnd(')').Split(',').Select(v => v.Trim()).ToHashSet();
            return words[1] == "in" ? o => Has(o, key) && set.Contains(Label(o, key)!) : o => !Has(o, key) || !set.Contains(Label(o, key)!);
        }
        if (term.Contains("!="))
        {
            var (k, v) = SplitOp(term, "!=");
            return o => Label(o, k) != v;
        }
        if (term.Contains('='))
        {
            var (k, v) = SplitOp(term, term.Contains("==") ? "==" : "=");
            return o => Label(o, k) == v;
        }
        if (term.StartsWith('!'))
        {
            var key = term[1..].Trim();
            return o => !Has(o, key);
        }
        if (term.Any(c => c is '<' or '>' or '(' or ')' or ' ')) throw ApiError.BadRequest($"unable to parse requirement: invalid label selector \"{term}\"");
        return o => Has(o, term);
    }

    private static Func<JsonObject, bool> FieldTerm(string term)
    {
        var negate = term.Contains("!=");
        var (path, value) = SplitOp(term, negate ? "!=" : term.Contains("==") ? "==" : "=");
        if (path.Length == 0) throw ApiError.BadRequest($"invalid field selector: \"{term}\"");
        var parts = path.Split('.');
        return o =>
        {
            JsonNode? node = o;
            foreach (var p in parts) node = node?[p];
            var actual = node?.ToString() ?? "";
            return negate ? actual != value : actual == value;
        };
    }

    private static (string Key, string Value) SplitOp(string term, string op)
    {
        var i = term.IndexOf(op, StringComparison.Ordinal);
        return (term[..i].Trim(), term[(i + op.Length)..].Trim());
    }
}
