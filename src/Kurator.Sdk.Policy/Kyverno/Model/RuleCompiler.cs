using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Kyverno.Matching;
using Kurator.Sdk.Policy.Kyverno.Validation;
using Kurator.Sdk.Policy.Kyverno.Variables;
using Kurator.Sdk.Policy.Rules;
using Kurator.Sdk.Validation.Cel;

namespace Kurator.Sdk.Policy.Kyverno.Model;

/// <summary>
/// Compiles one rule's JSON (as written, or as rewritten for pod controllers) into a <see cref="KyvernoRule"/>; every
/// malformed field is a problem at its path and the rule is then left out (its policy's other rules still load).
/// </summary>
internal static class RuleCompiler
{
    /// <summary>Why a rule with context entries is not evaluated when no values supply them.</summary>
    public const string ContextNeedsCluster = "the rule loads context entries (API calls, ConfigMaps, image data), which need the cluster";

    private const string NotValidation = "only validate rules are evaluated";

    public static KyvernoRule? Compile(JsonObject rule, string path, bool? policyEnforce, PolicyReader reader)
    {
        var before = reader.ProblemCount;
        var name = reader.String(rule, "name", path);
        if (string.IsNullOrEmpty(name))
        {
            reader.Problem(FieldPath.Property(path, "name"), "a rule needs a name");
        }

        var match = MatchBlock.Read(rule, "match", path, reader);
        if (match is null && rule["match"] is null)
        {
            reader.Problem(FieldPath.Property(path, "match"), "a rule needs a match block");
        }

        var exclude = MatchBlock.Read(rule, "exclude", path, reader);
        var preconditions = ConditionBlock.Read(rule["preconditions"], FieldPath.Property(path, "preconditions"), reader);
        RuleVerdict? early = null;
        var loadedContext = new List<string>();
        foreach (var entry in rule["context"] as JsonArray ?? [])
        {
            // Values can stand in for data loaded from the cluster, by the entry's name; a variable entry would be
            // computed by Kyverno (over any value given), which this engine does not do.
            if (entry is JsonObject e && e["variable"] is null && e["name"] is JsonValue n && n.TryGetValue<string>(out var entryName) && entryName.Length > 0)
            {
                loadedContext.Add(entryName);
            }
            else
            {
                early = RuleVerdict.NotEvaluated(ContextNeedsCluster);
            }
        }

        if (rule["celPreconditions"] is JsonArray { Count: > 0 })
        {
            early ??= RuleVerdict.NotEvaluated("celPreconditions are not evaluated");
        }

        var enforce = policyEnforce ?? false;
        IRuleCheck? check;
        if (rule["validate"] is JsonObject validate)
        {
            var validatePath = FieldPath.Property(path, "validate");
            enforce = FailureAction(validate, "failureAction", validatePath, reader) ?? enforce;
            check = Validation(validate, validatePath, reader);
        }
        else if (rule["mutate"] is not null)
        {
            check = UnsupportedCheck.Skip("mutate rules are not supported: " + NotValidation);
        }
        else if (rule["generate"] is not null)
        {
            check = UnsupportedCheck.Skip("generate rules are not supported: " + NotValidation);
        }
        else if (rule["verifyImages"] is not null)
        {
            check = UnsupportedCheck.NotEvaluated("verifyImages needs the image registries (signatures, attestations)");
        }
        else
        {
            reader.Problem(path, "a rule needs one of validate, mutate, generate or verifyImages");
            check = null;
        }

        if (reader.ProblemCount != before || name is null || match is null || preconditions is null || check is null)
        {
            return null;
        }

        return new KyvernoRule(name, match, exclude, preconditions, check, enforce, early, loadedContext);
    }

    /// <summary>Enforce (true), Audit (false) or null when the field is absent; any other value is a problem.</summary>
    public static bool? FailureAction(JsonObject parent, string name, string path, PolicyReader reader)
    {
        var text = reader.String(parent, name, path);
        if (text is null)
        {
            return null;
        }

        if (string.Equals(text, "Enforce", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text, "Audit", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        reader.Problem(FieldPath.Property(path, name), $"unknown failure action \"{text}\" (expected Audit or Enforce)");
        return null;
    }

    private static IRuleCheck? Validation(JsonObject validate, string path, PolicyReader reader)
    {
        var message = Message(validate, path, reader);
        if (validate["pattern"] is { } pattern)
        {
            return PatternCheck.Compile([pattern], FieldPath.Property(path, "pattern"), message, reader);
        }

        if (validate["anyPattern"] is { } anyPattern)
        {
            if (anyPattern is not JsonArray list || list.Count == 0)
            {
                reader.Problem(FieldPath.Property(path, "anyPattern"), "expected a non-empty list of patterns");
                return null;
            }

            return PatternCheck.Compile(list.ToList(), FieldPath.Property(path, "anyPattern"), message, reader);
        }

        if (validate["deny"] is { } deny)
        {
            var denyPath = FieldPath.Property(path, "deny");
            if (deny is not JsonObject denyObj)
            {
                reader.Problem(denyPath, "expected a mapping (conditions)");
                return null;
            }

            var conditions = ConditionBlock.Read(denyObj["conditions"], FieldPath.Property(denyPath, "conditions"), reader);
            return conditions is null ? null : new DenyCheck(conditions, message);
        }

        if (validate["foreach"] is { } foreachNode)
        {
            return Foreach(foreachNode, FieldPath.Property(path, "foreach"), message, reader);
        }

        if (validate["podSecurity"] is { } podSecurity)
        {
            return PodSecurity(podSecurity, FieldPath.Property(path, "podSecurity"), reader);
        }

        if (validate["cel"] is { } cel)
        {
            return Cel(cel, FieldPath.Property(path, "cel"), reader);
        }

        if (validate["manifests"] is not null)
        {
            return UnsupportedCheck.NotEvaluated("validate.manifests needs signature verification of the manifests");
        }

        if (validate["assert"] is not null)
        {
            return UnsupportedCheck.NotEvaluated("validate.assert (assertion trees) is not supported");
        }

        reader.Problem(path, "validate needs one of pattern, anyPattern, deny, foreach, podSecurity, cel, manifests or assert");
        return null;
    }

    private static RuleMessage Message(JsonObject validate, string path, PolicyReader reader)
    {
        var raw = reader.String(validate, "message", path);
        if (raw is null || !VariableText.MayHaveVariables(raw))
        {
            return new RuleMessage(raw, null);
        }

        try
        {
            return new RuleMessage(raw, VariableText.Parse(raw));
        }
        catch (FormatException e)
        {
            reader.Problem(FieldPath.Property(path, "message"), e.Message);
            return new RuleMessage(raw, null);
        }
    }

    private static IRuleCheck? Foreach(JsonNode node, string path, RuleMessage message, PolicyReader reader)
    {
        if (node is not JsonArray list || list.Count == 0)
        {
            reader.Problem(path, "expected a non-empty list of foreach entries");
            return null;
        }

        var entries = new List<ForeachCheck.Entry>();
        var before = reader.ProblemCount;
        for (var i = 0; i < list.Count; i++)
        {
            var itemPath = FieldPath.Index(path, i);
            if (list[i] is not JsonObject entry)
            {
                reader.Problem(itemPath, "expected a foreach entry (list and pattern, anyPattern, deny or foreach)");
                continue;
            }

            if (entry["context"] is JsonArray { Count: > 0 })
            {
                return UnsupportedCheck.NotEvaluated("a foreach entry loads context entries (API calls, ConfigMaps), which need the cluster");
            }

            var listText = reader.String(entry, "list", itemPath);
            if (string.IsNullOrWhiteSpace(listText))
            {
                reader.Problem(FieldPath.Property(itemPath, "list"), "a foreach entry needs a list (a JMESPath expression)");
                continue;
            }

            JmesQuery query;
            try
            {
                query = JmesQuery.Parse(Unwrap(listText));
            }
            catch (FormatException e)
            {
                reader.Problem(FieldPath.Property(itemPath, "list"), e.Message);
                continue;
            }

            var preconditions = ConditionBlock.Read(entry["preconditions"], FieldPath.Property(itemPath, "preconditions"), reader);
            var body = ForeachBody(entry, itemPath, message, reader);
            if (preconditions is not null && body is not null)
            {
                entries.Add(new ForeachCheck.Entry(query, ShownPath(listText), preconditions, body));
            }
        }

        return reader.ProblemCount == before ? new ForeachCheck(entries) : null;
    }

    private static IRuleCheck? ForeachBody(JsonObject entry, string path, RuleMessage message, PolicyReader reader)
    {
        if (entry["pattern"] is { } pattern)
        {
            return PatternCheck.Compile([pattern], FieldPath.Property(path, "pattern"), message, reader);
        }

        if (entry["anyPattern"] is JsonArray { Count: > 0 } any)
        {
            return PatternCheck.Compile(any.ToList(), FieldPath.Property(path, "anyPattern"), message, reader);
        }

        if (entry["deny"] is JsonObject deny)
        {
            var conditions = ConditionBlock.Read(deny["conditions"], FieldPath.Property(FieldPath.Property(path, "deny"), "conditions"), reader);
            return conditions is null ? null : new DenyCheck(conditions, message);
        }

        if (entry["foreach"] is { } nested)
        {
            return Foreach(nested, FieldPath.Property(path, "foreach"), message, reader);
        }

        reader.Problem(path, "a foreach entry needs pattern, anyPattern, deny or foreach");
        return null;
    }

    private static IRuleCheck? PodSecurity(JsonNode node, string path, PolicyReader reader)
    {
        if (node is not JsonObject obj)
        {
            reader.Problem(path, "expected a mapping (level, version, exclude)");
            return null;
        }

        var levelText = reader.String(obj, "level", path) ?? "baseline";
        var versionText = reader.String(obj, "version", path) ?? "latest";
        if (!PodSecurityLevels.TryParse(levelText, out var level))
        {
            reader.Problem(FieldPath.Property(path, "level"), $"unknown level \"{levelText}\" (expected privileged, baseline or restricted)");
            return null;
        }

        if (!PodSecurityVersion.TryParse(versionText, out var version))
        {
            reader.Problem(FieldPath.Property(path, "version"), $"unknown version \"{versionText}\" (expected v1.N or latest)");
            return null;
        }

        var exclusions = new List<PodSecurityExclusion>();
        var excludes = reader.Array(obj, "exclude", path);
        for (var i = 0; excludes is not null && i < excludes.Count; i++)
        {
            var itemPath = FieldPath.Index(FieldPath.Property(path, "exclude"), i);
            if (excludes[i] is not JsonObject e || reader.String(e, "controlName", itemPath) is not { } control)
            {
                reader.Problem(itemPath, "an exclusion needs a controlName");
                continue;
            }

            if (e["restrictedField"] is not null)
            {
                // Field/value-level exemptions are narrower than this engine's control-level ones: not guessed.
                return UnsupportedCheck.NotEvaluated("podSecurity.exclude with restrictedField/values is not supported");
            }

            exclusions.Add(new PodSecurityExclusion(control, reader.Strings(e, "images", itemPath) ?? new List<string>()));
        }

        return new PodSecurityRuleCheck(level, version, exclusions);
    }

    private static IRuleCheck? Cel(JsonNode node, string path, PolicyReader reader)
    {
        if (node is not JsonObject obj)
        {
            reader.Problem(path, "expected a mapping (expressions)");
            return null;
        }

        if (obj["paramKind"] is not null || obj["paramRef"] is not null)
        {
            return UnsupportedCheck.NotEvaluated("validate.cel with parameters (paramKind/paramRef) needs the cluster");
        }

        if (obj["variables"] is JsonArray { Count: > 0 })
        {
            return UnsupportedCheck.NotEvaluated("validate.cel variables are not supported by the CEL subset");
        }

        var expressions = new List<(CelProgram, string, string?)>();
        var list = reader.Array(obj, "expressions", path);
        if (list is null || list.Count == 0)
        {
            reader.Problem(FieldPath.Property(path, "expressions"), "expected a non-empty list of expressions");
            return null;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var itemPath = FieldPath.Index(FieldPath.Property(path, "expressions"), i);
            if (list[i] is not JsonObject e || reader.String(e, "expression", itemPath) is not { } expression)
            {
                reader.Problem(itemPath, "an entry needs an expression");
                continue;
            }

            var program = CelProgram.Compile(expression);
            if (program is null || program.UsesOldSelf)
            {
                return UnsupportedCheck.NotEvaluated($"CEL expression \"{expression}\" is outside the supported CEL subset");
            }

            expressions.Add((program, expression, reader.String(e, "message", itemPath)));
        }

        return new CelCheck(expressions);
    }

    // A foreach list may be written with or without {{ }}.
    private static string Unwrap(string list)
    {
        var t = list.Trim();
        return t.StartsWith("{{", StringComparison.Ordinal) && t.EndsWith("}}", StringComparison.Ordinal) ? t[2..^2].Trim() : t;
    }

    // The resource path a simple list names ("request.object.spec.containers" -> "spec.containers"), else the expression.
    private static string ShownPath(string list)
    {
        var m = Regex.Match(Unwrap(list), @"^request\.object\.([A-Za-z0-9_.]+?)(\[\])?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return m.Success ? m.Groups[1].Value : Unwrap(list);
    }
}
