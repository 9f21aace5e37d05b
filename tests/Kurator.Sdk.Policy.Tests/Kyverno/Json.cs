using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Kyverno.Patterns.Runtime;

namespace Kurator.Sdk.Policy.Tests.Kyverno;

/// <summary>Short JSON for tests: single quotes stand for double quotes.</summary>
internal static class Json
{
    public static JsonNode? Parse(string json) => JsonNode.Parse(json.Replace('\'', '"'));

    public static KyvernoPatternResult Match(string pattern, string resource) =>
        KyvernoPattern.Compile(Parse(pattern)).Match(Parse(resource));

    public static KyvernoPatternStatus Status(string pattern, string resource) => Match(pattern, resource).Status;

    /// <summary>A scalar pattern value checked against a scalar resource value, under field "v".</summary>
    public static bool Value(string patternValue, string resourceValue) =>
        Status("{'v': " + patternValue + "}", "{'v': " + resourceValue + "}") == KyvernoPatternStatus.Pass;
}
