using System;
using System.Collections.Generic;

namespace Kurator.Sdk.Policy.Kyverno;

/// <summary>
/// What Kyverno would know about the admission request beside the object: the operation (a new object is CREATE, as
/// <c>kyverno apply</c>/<c>test</c> assume) and the labels of namespaces for <c>namespaceSelector</c>.
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
}
