namespace Kurator.Sdk.Analyzers.Tests.Kyverno;

/// <summary>Kyverno policies written with the typed API, as a project defines them (the best-practice policies' shapes).</summary>
internal static class KyvernoPolicySources
{
    public const string Usings = """
        using System.Text.Json.Nodes;
        using Kurator.Sdk.Kyverno.V1;

        """;

    /// <summary>disallow-latest-tag's validate-image-tag rule: a foreach over the containers with a negated wildcard.</summary>
    public static string DisallowLatestTag(string action = "Audit") => Usings + """"
        class Policies
        {
            ClusterPolicy DisallowLatestTag() => new ClusterPolicy("disallow-latest-tag")
            {
                Spec = new()
                {
                    ValidationFailureAction = ClusterPolicySpecValidationFailureActionOverrideAction.ACTION,
                    Background = true,
                    Rules =
                    [
                        new()
                        {
                            Name = "validate-image-tag",
                            Match = new() { Any = [new() { Resources = new() { Kinds = ["Pod"] } }] },
                            ValidateValue = new()
                            {
                                Message = "Using a mutable image tag e.g. 'latest' is not allowed.",
                                Foreach =
                                [
                                    new() { List = "request.object.spec.containers", Pattern = JsonNode.Parse("""{ "image": "!*:latest" }""") },
                                    new() { List = "request.object.spec.initContainers", Pattern = JsonNode.Parse("""{ "image": "!*:latest" }""") },
                                ],
                            },
                        },
                    ],
                },
            };
        }
        """".Replace("ACTION", action);

    /// <summary>One rule with the given pattern (C# expression), matching the given kinds.</summary>
    public static string PatternRule(string policy, string rule, string message, string pattern, string kinds = "\"Pod\"") => Usings + """
        class PatternPolicies_POLICYCLASS
        {
            ClusterPolicy Make() => new ClusterPolicy("POLICY")
            {
                Spec = new()
                {
                    Rules =
                    [
                        new()
                        {
                            Name = "RULE",
                            Match = new() { Any = [new() { Resources = new() { Kinds = [KINDS] } }] },
                            ValidateValue = new() { Message = "MESSAGE", Pattern = PATTERN },
                        },
                    ],
                },
            };
        }
        """.Replace("POLICYCLASS", policy.Replace("-", "_")).Replace("POLICY", policy).Replace("RULE", rule).Replace("MESSAGE", message)
           .Replace("PATTERN", pattern).Replace("KINDS", kinds);
}
