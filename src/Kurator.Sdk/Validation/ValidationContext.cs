using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kurator.Sdk.Serialization;
using Kurator.Sdk.Validation.Cel;

namespace Kurator.Sdk.Validation
{
    /// <summary>Collects schema violations while generated Validate methods walk an object; messages follow the API server's wording.</summary>
    public sealed class ValidationContext
    {
        private static readonly ConcurrentDictionary<string, Regex?> Patterns = new ConcurrentDictionary<string, Regex?>(StringComparer.Ordinal);

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

        /// <summary>A required field is missing.</summary>
        public void Missing(string field) => Errors.Add(new ValidationError(Path.Render(field), "Required value"));

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
                Report($"Invalid value: \"{Shorten(value)}\": should match '{pattern}'");
            }
        }

        /// <summary>Checks length bounds in characters (code points, as the API server counts).</summary>
        public void Length(string value, long min, long max)
        {
            var length = CodePoints(value);
            if (max >= 0 && length > max)
            {
                Report($"Too long: may not be more than {max} bytes");
            }

            if (min >= 0 && length < min)
            {
                Report($"Invalid value: \"{Shorten(value)}\": should be at least {min} chars long");
            }
        }

        /// <summary>Checks numeric bounds as written in the schema.</summary>
        public void Range(double value, string? minimum, string? maximum, bool exclusiveMinimum, bool exclusiveMaximum)
        {
            if (minimum != null && double.TryParse(minimum, NumberStyles.Float, CultureInfo.InvariantCulture, out var min) && (exclusiveMinimum ? value <= min : value < min))
            {
                Report($"Invalid value: {Num(value)}: should be greater than {(exclusiveMinimum ? string.Empty : "or equal to ")}{minimum}");
            }

            if (maximum != null && double.TryParse(maximum, NumberStyles.Float, CultureInfo.InvariantCulture, out var max) && (exclusiveMaximum ? value >= max : value > max))
            {
                Report($"Invalid value: {Num(value)}: should be less than {(exclusiveMaximum ? string.Empty : "or equal to ")}{maximum}");
            }
        }

        /// <summary>Checks item-count bounds.</summary>
        public void Items(int count, long min, long max)
        {
            if (max >= 0 && count > max)
            {
                Report($"Too many: {count}: must have at most {max} items");
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
                Report($"Too many: {count}: must have at most {max} properties");
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
                Report($"Unsupported value: \"{Shorten(value)}\": supported values: {string.Join(", ", allowed.Select(a => "\"" + a + "\""))}");
            }
        }

        /// <summary>Checks a quantity's syntax.</summary>
        public void Quantity(Quantity value)
        {
            if (!value.IsValid)
            {
                Report($"Invalid value: \"{value.Text}\": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
            }
        }

        /// <summary>Checks a Go duration's syntax.</summary>
        public void Duration(Duration value)
        {
            if (!value.IsValid)
            {
                Report($"Invalid value: \"{value.Text}\": must be a duration such as 30s, 5m or 1h30m");
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
                    Errors.Add(new ValidationError(Path.Render() + "[" + i + "]", $"Duplicate value: {Shorten(key)}"));
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
                    Errors.Add(new ValidationError(Path.Render() + "[" + i + "]", $"Duplicate value: map[string]interface {{}}{{{shown}}}"));
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

        /// <summary>Evaluates x-kubernetes-validations rules with the value as <c>self</c>.</summary>
        public void Cel(CelRuleSpec[] rules, object? value)
        {
            JsonNode? self = null;
            var converted = false;
            foreach (var rule in rules)
            {
                var program = CelProgram.Compile(rule.Rule);
                if (program == null || program.UsesOldSelf)
                {
                    SkippedRules.Add(Path.Render() + ": " + rule.Rule);
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
                    var path = Path.Render();
                    if (rule.FieldPath != null)
                    {
                        path += rule.FieldPath.StartsWith('.') ? rule.FieldPath : "." + rule.FieldPath;
                    }

                    var message = rule.Message ?? "failed rule: " + rule.Rule;
                    Errors.Add(new ValidationError(path, "Invalid value: " + message));
                }
                else if (outcome == null)
                {
                    SkippedRules.Add(Path.Render() + ": " + rule.Rule);
                }
            }
        }

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
}
