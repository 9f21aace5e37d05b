using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kurator.Sdk.Schema.Model;

namespace Kurator.Sdk.Generators.Emitting;

/// <summary>Emits Validate: required fields, bounds, patterns, list semantics, required-field combinations and CEL rules.</summary>
internal static class ValidatorEmitter
{
    public static void Emit(SourceWriter w, ObjectModel o)
    {
        var rules = new List<(string Field, EquatableArray<CelRule> Rules)>();
        w.Line("/// <inheritdoc/>");
        w.Open($"public override void Validate(global::Kurator.Sdk.Validation.ValidationContext c)");
        if (o.Kind != null && o.Kind.HasObjectMeta)
        {
            w.Open("if (HasMetadata)");
            w.Line("c.Enter(\"metadata\");");
            w.Line("Metadata.Validate(c);");
            w.Line("c.Exit();");
            w.Close();
        }

        var i = 0;
        foreach (var p in o.Properties)
        {
            var v = "v" + i.ToString(CultureInfo.InvariantCulture);
            i++;
            if (p.Required)
            {
                w.Open($"if ({p.CsName} is null)");
                w.Line($"c.Missing({ObjectEmitter.Str(p.JsonName)});");
                w.Close();
            }

            if (!NeedsCheck(p.Type, p.Constraints))
            {
                continue;
            }

            if (ChildrenOnly(p.Type, p.Constraints))
            {
                w.Line($"c.{(p.Type.Kind == TypeRefKind.Object ? "Child" : "Children")}({ObjectEmitter.Str(p.JsonName)}, {p.CsName});");
                continue;
            }

            w.Open($"if ({p.CsName} is {{ }} {v})");
            w.Line($"c.Enter({ObjectEmitter.Str(p.JsonName)});");
            Value(w, p.Type, p.Constraints, v, 0, rules);
            w.Line("c.Exit();");
            w.Close();
        }

        foreach (var combo in o.Combinations)
        {
            var byJson = o.Properties.ToDictionary(p => p.JsonName, p => p.CsName);
            if (combo.Sets.Any(s => s.Any(f => !byJson.ContainsKey(f))))
            {
                continue;
            }

            var tests = combo.Sets.Select(s => "(" + string.Join(" && ", s.Select(f => byJson[f] + " is not null")) + ")");
            var names = combo.Sets.Select(s => ObjectEmitter.Str(string.Join(", ", s)));
            w.Line($"c.Combination({ObjectEmitter.Str(combo.Mode)}, new bool[] {{ {string.Join(", ", tests)} }}, new string[] {{ {string.Join(", ", names)} }});");
        }

        if (o.Constraints.Rules.Count > 0)
        {
            var field = "__rules" + rules.Count.ToString(CultureInfo.InvariantCulture);
            rules.Add((field, o.Constraints.Rules));
            w.Line($"c.Cel({field}, this);");
        }

        w.Close();
        foreach (var (field, list) in rules)
        {
            w.Line();
            var items = list.Select(r => $"new global::Kurator.Sdk.Validation.CelRuleSpec({ObjectEmitter.Str(r.Rule)}, {Opt(r.Message)}, {Opt(r.FieldPath)}, {Opt(r.Reason)})");
            w.Line($"private static readonly global::Kurator.Sdk.Validation.CelRuleSpec[] {field} = new global::Kurator.Sdk.Validation.CelRuleSpec[] {{ {string.Join(", ", items)} }};");
        }
    }

    /// <summary>
    /// True when the only check is descending into child objects (an object, or a list or map of objects, with no bounds,
    /// list semantics or rules of its own): ValidationContext.Child/Children does that in one call.
    /// </summary>
    private static bool ChildrenOnly(TypeRef t, Constraints c)
    {
        if (c.Rules.Count > 0)
        {
            return false;
        }

        if (t.Kind == TypeRefKind.Object)
        {
            return true;
        }

        var items = c.Items ?? Constraints.None;
        return t.Element is { Kind: TypeRefKind.Object } && items.Rules.Count == 0 && (
            (t.Kind == TypeRefKind.List && c.MinItems == null && c.MaxItems == null && c.ListType != "set" && !(c.ListType == "map" && c.ListMapKeys.Count > 0))
            || (t.Kind == TypeRefKind.Map && c.MinProperties == null && c.MaxProperties == null));
    }

    private static string Opt(string? s) => s == null ? "null" : ObjectEmitter.Str(s);

    private static bool NeedsCheck(TypeRef t, Constraints c) =>
        t.Kind == TypeRefKind.Object || t.Kind == TypeRefKind.Quantity || t.Kind == TypeRefKind.Duration
        || c.Pattern != null || c.MinLength != null || c.MaxLength != null || c.Minimum != null || c.Maximum != null
        || c.MinItems != null || c.MaxItems != null || c.MinProperties != null || c.MaxProperties != null
        || c.ListType == "set" || (c.ListType == "map" && c.ListMapKeys.Count > 0) || c.Rules.Count > 0
        || (c.EnumValues.Count > 0 && (t.Kind == TypeRefKind.String || IsNumber(t)))
        || ((t.Kind == TypeRefKind.List || t.Kind == TypeRefKind.Map) && (NeedsCheck(t.Element!, c.Items ?? Constraints.None)));

    private static void Value(SourceWriter w, TypeRef t, Constraints c, string v, int depth, List<(string, EquatableArray<CelRule>)> rules)
    {
        switch (t.Kind)
        {
            case TypeRefKind.String:
                if (c.Pattern != null)
                {
                    w.Line($"c.Pattern({v}, {ObjectEmitter.Str(c.Pattern)});");
                }

                if (c.MinLength != null || c.MaxLength != null)
                {
                    w.Line($"c.Length({v}, {c.MinLength ?? "-1"}, {c.MaxLength ?? "-1"});");
                }

                if (c.EnumValues.Count > 0)
                {
                    w.Line($"c.Enum({v}, new string[] {{ {string.Join(", ", c.EnumValues.Select(ObjectEmitter.Str))} }});");
                }

                break;
            case TypeRefKind.Int32:
            case TypeRefKind.Int64:
            case TypeRefKind.Double:
                if (c.Minimum != null || c.Maximum != null)
                {
                    w.Line($"c.Range({v}, {Opt(c.Minimum)}, {Opt(c.Maximum)}, {B(c.ExclusiveMinimum)}, {B(c.ExclusiveMaximum)});");
                }

                if (c.EnumValues.Count > 0)
                {
                    // Wire values stay text: the schema's own spelling is what the message shows and compares.
                    w.Line($"c.Enum({v}, new string[] {{ {string.Join(", ", c.EnumValues.Select(ObjectEmitter.Str))} }});");
                }

                break;
            case TypeRefKind.Quantity:
                w.Line($"c.Quantity({v});");
                break;
            case TypeRefKind.Duration:
                // The schema's own pattern is the authority when present; otherwise check Go duration syntax.
                w.Line(c.Pattern != null ? $"c.Pattern({v}.Text, {ObjectEmitter.Str(c.Pattern)});" : $"c.Duration({v});");

                break;
            case TypeRefKind.Object:
                w.Line($"{v}.Validate(c);");
                break;
            case TypeRefKind.List:
                if (c.MinItems != null || c.MaxItems != null)
                {
                    w.Line($"c.Items({v}.Count, {c.MinItems ?? "-1"}, {c.MaxItems ?? "-1"});");
                }

                if (c.ListType == "set")
                {
                    w.Line($"c.UniqueItems({v});");
                }
                else if (c.ListType == "map" && c.ListMapKeys.Count > 0 && t.Element!.Kind == TypeRefKind.Object)
                {
                    w.Line($"c.UniqueKeys({v}, new string[] {{ {string.Join(", ", c.ListMapKeys.Select(ObjectEmitter.Str))} }});");
                }

                var itemConstraints = c.Items ?? Constraints.None;
                if (NeedsCheck(t.Element!, itemConstraints))
                {
                    var idx = "n" + depth.ToString(CultureInfo.InvariantCulture);
                    w.Open($"for (var {idx} = 0; {idx} < {v}.Count; {idx}++)");
                    w.Line($"c.Enter({idx});");
                    Value(w, t.Element!, itemConstraints, $"{v}[{idx}]", depth + 1, rules);
                    w.Line("c.Exit();");
                    w.Close();
                }

                break;
            case TypeRefKind.Map:
                if (c.MinProperties != null || c.MaxProperties != null)
                {
                    w.Line($"c.Properties({v}.Count, {c.MinProperties ?? "-1"}, {c.MaxProperties ?? "-1"});");
                }

                var valueConstraints = c.Items ?? Constraints.None;
                if (NeedsCheck(t.Element!, valueConstraints))
                {
                    var pair = "q" + depth.ToString(CultureInfo.InvariantCulture);
                    w.Open($"foreach (var {pair} in {v})");
                    w.Line($"c.Enter({pair}.Key);");
                    Value(w, t.Element!, valueConstraints, pair + ".Value", depth + 1, rules);
                    w.Line("c.Exit();");
                    w.Close();
                }

                break;
        }

        if (c.Rules.Count > 0)
        {
            var field = "__rules" + rules.Count.ToString(CultureInfo.InvariantCulture);
            rules.Add((field, c.Rules));
            w.Line($"c.Cel({field}, {v});");
        }
    }

    private static string B(bool b) => b ? "true" : "false";

    private static bool IsNumber(TypeRef t) => t.Kind == TypeRefKind.Int32 || t.Kind == TypeRefKind.Int64 || t.Kind == TypeRefKind.Double;
}
