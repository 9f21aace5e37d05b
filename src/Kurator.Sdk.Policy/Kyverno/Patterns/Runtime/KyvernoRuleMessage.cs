using System.Collections.Generic;

namespace Kurator.Sdk.Policy.Kyverno.Patterns.Runtime;

/// <summary>Words pattern results the way Kyverno's validate handler does.</summary>
internal static class KyvernoRuleMessage
{
    public static string Format(KyvernoPatternResult result, string rule, string? message)
    {
        if (result.PatternResults.Count > 0)
        {
            return FormatAny(result, rule, message);
        }

        switch (result.Status)
        {
            case KyvernoPatternStatus.Pass:
                return "validation rule '" + rule + "' passed.";
            case KyvernoPatternStatus.Skip:
                return result.Detail ?? "rule skipped";
            case KyvernoPatternStatus.Fail:
                return Prefix(message) + "rule " + rule + " failed at path " + result.KyvernoPath;
            default:
                return Prefix(message) + "rule " + rule + " execution error: " + result.Detail;
        }
    }

    private static string FormatAny(KyvernoPatternResult result, string rule, string? message)
    {
        if (result.Status == KyvernoPatternStatus.Pass)
        {
            return "validation rule '" + rule + "' anyPattern[" + result.PatternIndex + "] passed.";
        }

        var failed = new List<string>();
        var skipped = new List<string>();
        for (var i = 0; i < result.PatternResults.Count; i++)
        {
            var r = result.PatternResults[i];
            switch (r.Status)
            {
                case KyvernoPatternStatus.Skip:
                    skipped.Add("rule " + rule + "[" + i + "] skipped: " + r.Detail);
                    break;
                case KyvernoPatternStatus.Fail:
                    failed.Add("rule " + rule + "[" + i + "] failed at path " + r.KyvernoPath);
                    break;
                default:
                    failed.Add("rule " + rule + "[" + i + "] failed: " + r.Detail);
                    break;
            }
        }

        if (result.Status == KyvernoPatternStatus.Skip)
        {
            return string.Join(" ", skipped);
        }

        var errors = string.Join(" ", failed);
        if (string.IsNullOrEmpty(message))
        {
            return "validation error: " + errors;
        }

        return "validation error: " + message + (message!.EndsWith(".", System.StringComparison.Ordinal) ? " " : ". ") + errors;
    }

    private static string Prefix(string? message)
    {
        if (string.IsNullOrEmpty(message))
        {
            return "validation error: ";
        }

        return "validation error: " + (message!.EndsWith(".", System.StringComparison.Ordinal) ? message : message + ".") + " ";
    }
}
