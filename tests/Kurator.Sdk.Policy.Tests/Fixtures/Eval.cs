using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Policy.Tests.Fixtures;

/// <summary>Evaluation shorthands for assertions.</summary>
public static class Eval
{
    public static IReadOnlyList<PodSecurityViolation> Run(JsonObject obj, PodSecurityLevel level, string version = "latest") =>
        PodSecurityEvaluator.Evaluate(obj, level, PodSecurityVersion.Parse(version));

    /// <summary>The distinct check IDs reported, sorted.</summary>
    public static string[] CheckIds(JsonObject obj, PodSecurityLevel level, string version = "latest") =>
        Run(obj, level, version).Select(v => v.CheckId).Distinct().OrderBy(id => id, System.StringComparer.Ordinal).ToArray();

    public static string[] Paths(JsonObject obj, PodSecurityLevel level, string version = "latest") =>
        Run(obj, level, version).Select(v => v.Path).ToArray();

    public static readonly string[] None = [];

    public static string[] Only(string checkId) => [checkId];
}
