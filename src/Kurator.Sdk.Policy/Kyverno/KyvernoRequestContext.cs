using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Policy.Kyverno;

/// <summary>
/// What Kyverno would know about the admission request beside the object: the operation (a new object is CREATE, as
/// <c>kyverno apply</c>/<c>test</c> assume), the labels of namespaces for <c>namespaceSelector</c> and, as a
/// <c>kyverno test</c> values file gives them, values of variables per rule.
/// </summary>
public sealed class KyvernoRequestContext
{
    /// <summary>A CREATE request with no namespace labels known.</summary>
    public static KyvernoRequestContext Create { get; } = new();

    /// <summary>The operation: CREATE, UPDATE, DELETE or CONNECT (<c>request.operation</c>, <c>match.resources.operations</c>).</summary>
    public string Operation { get; init; } = "CREATE";

    /// <summary>
    /// The labels of a namespace by name, for <c>namespaceSelector</c>; null when the namespace is unknown (a rule whose
    /// match depends on it is then reported as NotEvaluated, never as passed).
    /// </summary>
    public Func<string, IReadOnlyDictionary<string, string>?> NamespaceLabels { get; init; } = static _ => null;

    /// <summary>
    /// The values supplied for one rule, by policy name (as reported: <c>namespace/name</c> for a Policy) and rule name
    /// (<c>autogen-...</c> for a generated rule), or null when none: dotted variable names and their values, as a
    /// <c>kyverno test</c> values file gives them (global values, then the resource's, then the rule's). Each is set at
    /// its path in the rule's variables (<c>request.operation</c> also sets the operation the rule matches on); a context
    /// entry (API call, ConfigMap, ...) whose name is supplied is taken as loaded, so the rule is evaluated; a variable
    /// entry (<c>context[].variable</c>) is never computed, so its rule stays NotEvaluated.
    /// </summary>
    public Func<string, string, IReadOnlyDictionary<string, JsonNode?>?> RuleValues { get; init; } = static (_, _) => null;
}
