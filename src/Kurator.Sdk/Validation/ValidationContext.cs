using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kurator.Sdk.Serialization;
using Kurator.Sdk.Validation.Cel;

namespace Kurator.Sdk.Validation;

/// <summary>
/// Collects schema violations while generated Validate methods walk an object; messages follow the API server's wording.
/// CEL rules are collected during the walk and evaluated by <see cref="Complete"/>, only when the walk found no blocking
/// error (required, unsupported value, too long, too many, wrong type), as apiextensions-apiserver does: rules written
/// for a well-formed object say contradictory things about a malformed one.
/// </summary>
public sealed partial class ValidationContext
{
    /// <summary>The message that stands for CEL rules left unchecked (the API server's wording).</summary>
    public const string RulesNotChecked = "Invalid value: some validation rules were not checked because the object was invalid; correct the existing errors to complete validation";

    private static readonly ConcurrentDictionary<string, Regex?> Patterns = new ConcurrentDictionary<string, Regex?>(StringComparer.Ordinal);

    private readonly List<(string Path, CelRuleSpec[] Rules, object? Value)> _pendingRules = new List<(string, CelRuleSpec[], object?)>();
    private readonly HashSet<string> _rejectedPaths;
    private bool _blocked;
    private bool _completed;

    /// <summary>A context for an object read without errors.</summary>
    public ValidationContext()
        : this(false, Array.Empty<string>())
    {
    }

    /// <summary>A context for one object.</summary>
    /// <param name="hidesSecretValues">True for a Secret: values under data and stringData never appear in messages.</param>
    /// <param name="rejectedPaths">
    /// Field paths whose values the reader already rejected (wrong type, unsupported value): they are not reported again as
    /// missing, and CEL rules are not checked, because the object is known to be malformed.
    /// </param>
    public ValidationContext(bool hidesSecretValues, IEnumerable<string> rejectedPaths)
    {
        HidesSecretValues = hidesSecretValues;
        _rejectedPaths = new HashSet<string>(rejectedPaths ?? throw new ArgumentNullException(nameof(rejectedPaths)), StringComparer.Ordinal);
        _blocked = _rejectedPaths.Count > 0;
    }

    /// <summary>True when values under a Secret's data and stringData are hidden from messages.</summary>
    public bool HidesSecretValues { get; }

    /// <summary>The current path.</summary>
    public KubePath Path { get; } = new KubePath();

    /// <summary>Violations found.</summary>
    public List<ValidationError> Errors { get; } = new List<ValidationError>();

    /// <summary>CEL rules that could not be evaluated here (unsupported functions, transition rules): listed, not guessed.</summary>
    public List<string> SkippedRules { get; } = new List<string>();

    /// <summary>Enters a field.</summary>
    public void Enter(string name) => Path.Push(name);

    /// <summary>Enters a list item.</summary>
    public void Enter(int index) => Path.Push(index);

    /// <summary>Leaves the current field or item.</summary>
    public void Exit() => Path.Pop();

    /// <summary>Reports a violation at the current path.</summary>
    public void Report(string message) => Errors.Add(new ValidationError(Path.Render(), message));

    /// <summary>A required field is missing (unless the reader rejected its value, which it has already reported).</summary>
    public void Missing(string field)
    {
        _blocked = true;
        var path = Path.Render(field);
        if (!_rejectedPaths.Contains(path))
        {
            Errors.Add(new ValidationError(path, "Required value"));
        }
    }

    /// <summary>Checks a pattern (RE2 syntax as in the schema; .NET regex semantics agree for these patterns).</summary>
    public void Pattern(string value, string pattern)
    {
        var regex = Patterns.GetOrAdd(pattern, static p =>
        {
            try
            {
                return new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException)
            {
                return null;
            }
        });
        if (regex != null && !regex.IsMatch(value))
        {
            Report($"Invalid value: {Quoted(value)}: should match '{pattern}'");
        }
    }

    /// <summary>Checks length bounds in characters (code points, as the API server counts).</summary>
    public void Length(string value, long min, long max)
    {
        var length = CodePoints(value);
        if (max >= 0 && length > max)
        {
            Block($"Too long: may not be more than {max} bytes");
        }

        if (min >= 0 && length < min)
        {
            Report($"Invalid value: {Quoted(value)}: should be at least {min} chars long");
        }
    }

    /// <summary>Checks numeric bounds as written in the schema.</summary>
    public void Range(double value, string? minimum, string? maximum, bool exclusiveMinimum, bool exclusiveMaximum)
    {
        if (minimum != null && double.TryParse(minimum, NumberStyles.Float, CultureInfo.InvariantCulture, out var min) && (exclusiveMinimum ? value <= min : value < min))
        {
            Report($"Invalid value: {Shown(Num(value))}: should be greater than {(exclusiveMinimum ? string.Empty : "or equal to ")}{minimum}");
        }

        if (maximum != null && double.TryParse(maximum, NumberStyles.Float, CultureInfo.InvariantCulture, out var max) && (exclusiveMaximum ? value >= max : value > max))
        {
            Report($"Invalid value: {Shown(Num(value))}: should be less than {(exclusiveMaximum ? string.Empty : "or equal to ")}{maximum}");
        }
    }

    /// <summary>Checks item-count bounds.</summary>
    public void Items(int count, long min, long max)
    {
        if (max >= 0 && count > max)
        {
            Block($"Too many: {count}: must have at most {max} items");
        }

        if (min >= 0 && count < min)
        {
            Report($"Invalid value: {count}: should have at least {min} items");
        }
    }

    /// <summary>Checks property-count bounds of a map or object.</summary>
    public void Properties(int count, long min, long max)
    {
        if (max >= 0 && count > max)
        {
            Block($"Too many: {count}: must have at most {max} properties");
        }

        if (min >= 0 && count < min)
        {
            Report($"Invalid value: {count}: should have at least {min} properties");
        }
    }

    /// <summary>Checks that a string is one of the allowed values.</summary>
    public void Enum(string value, string[] allowed)
    {
        if (Array.IndexOf(allowed, value) < 0)
        {
            Block($"Unsupported value: {Quoted(value)}: supported values: {Supported(allowed)}");
        }
    }

    /// <summary>Checks that a number is one of the allowed values (the schema's enum, as written: <c>[1, 2, -3]</c>).</summary>
    public void Enum(double value, string[] allowed)
    {
        foreach (var a in allowed)
        {
            if (double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == value)
            {
                return;
            }
        }

        Block($"Unsupported value: {Shown(Num(value))}: supported values: {Supported(allowed)}");
    }

    /// <summary>Checks a quantity's syntax.</summary>
    public void Quantity(Quantity value)
    {
        if (!value.IsValid)
        {
            Report($"Invalid value: {Quoted(value.Text)}: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
        }
    }

    /// <summary>Checks a Go duration's syntax.</summary>
    public void Duration(Duration value)
    {
        if (!value.IsValid)
        {
            Report($"Invalid value: {Quoted(value.Text)}: must be a duration such as 30s, 5m or 1h30m");
        }
    }

    /// <summary>x-kubernetes-list-type: set — items must be unique.</summary>
    public void UniqueItems<T>(IReadOnlyList<T> items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var key = KubeValues.ToNode(items[i])?.ToJsonString() ?? "null";
            if (!seen.Add(key))
            {
                Errors.Add(new ValidationError(Path.Render() + "[" + i + "]", $"Duplicate value: {Shown(Shorten(key))}"));
            }
        }
    }

    /// <summary>x-kubernetes-list-type: map — the key fields must be unique across items.</summary>
    public void UniqueKeys<T>(IReadOnlyList<T> items, string[] keys)
        where T : KubeModel
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var node = KubeJson.ToNode(items[i]) as JsonObject;
            var key = string.Join("\u0001", keys.Select(k => node?[k]?.ToJsonString() ?? "null"));
            if (!seen.Add(key))
            {
                var shown = string.Join(", ", keys.Select(k => $"\"{k}\":{node?[k]?.ToJsonString() ?? "null"}"));
                Errors.Add(new ValidationError(Path.Render() + "[" + i + "]", $"Duplicate value: {Shown($"map[string]interface {{}}{{{shown}}}")}"));
            }
        }
    }

    /// <summary>oneOf/anyOf/not groups of required fields.</summary>
    public void Combination(string mode, bool[] satisfied, string[] sets)
    {
        var count = satisfied.Count(s => s);
        switch (mode)
        {
            case "oneOf" when count != 1:
                Report(count == 0
                    ? $"Invalid value: exactly one of {string.Join(" | ", sets)} must be set"
                    : $"Invalid value: only one of {string.Join(" | ", sets.Where((_, i) => satisfied[i]))} may be set");
                break;
            case "anyOf" when count == 0:
                Report($"Invalid value: at least one of {string.Join(" | ", sets)} must be set");
                break;
            case "not" when count > 0:
                Report($"Forbidden: {sets[0]} must not all be set together");
                break;
        }
    }

    /// <summary>Collects x-kubernetes-validations rules with the value as <c>self</c>; <see cref="Complete"/> evaluates them.</summary>
    public void Cel(CelRuleSpec[] rules, object? value) => _pendingRules.Add((Path.Render(), rules, value));

    /// <summary>
    /// Ends the walk: evaluates the collected CEL rules, or, when a blocking error was found, reports once that they were
    /// not checked. Called once per object by <see cref="KubeResource.Validate()"/>; later calls do nothing.
    /// </summary>
    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        if (_pendingRules.Count == 0)
        {
            return;
        }

        if (_blocked)
        {
            Errors.Add(new ValidationError(string.Empty, RulesNotChecked));
            return;
        }

        foreach (var (path, rules, value) in _pendingRules)
        {
            Evaluate(path, rules, value);
        }
    }

    private void Evaluate(string at, CelRuleSpec[] rules, object? value)
    {
        JsonNode? self = null;
        var converted = false;
        foreach (var rule in rules)
        {
            var program = CelProgram.Compile(rule.Rule);
            if (program == null || program.UsesOldSelf)
            {
                SkippedRules.Add(at + ": " + rule.Rule);
                continue;
            }

            if (!converted)
            {
                self = KubeValues.ToNode(value);
                converted = true;
            }

            var outcome = program.Evaluate(self);
            if (outcome == false)
            {
                var path = at;
                if (rule.FieldPath != null)
                {
                    path += rule.FieldPath.StartsWith('.') ? rule.FieldPath : "." + rule.FieldPath;
                }

                // Messages are the schema's fixed text or the rule itself, never a value.
                var message = rule.Message ?? "failed rule: " + rule.Rule;
                Errors.Add(new ValidationError(path, "Invalid value: " + message));
            }
            else if (outcome == null)
            {
                SkippedRules.Add(at + ": " + rule.Rule);
            }
        }
    }

    // A blocking error: CEL rules are not evaluated once one is found.
    private void Block(string message)
    {
        _blocked = true;
        Report(message);
    }

    // A value as messages show it: quoted, shortened, or hidden under a Secret's data and stringData.
    private string Quoted(string value) => Shown("\"" + Shorten(value) + "\"");

    private string Shown(string rendered) => HidesSecretValues && SecretFields.Covers(Path) ? SecretFields.Hidden : rendered;

    private static string Supported(string[] allowed) => string.Join(", ", allowed.Select(a => "\"" + a + "\""));

    private static int CodePoints(string value)
    {
        var count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsLowSurrogate(value[i]))
            {
                count++;
            }
        }

        return count;
    }

    private static string Num(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Shorten(string value) => value.Length > 80 ? value.Substring(0, 77) + "..." : value;
}
