using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Validation.Cel;

/// <summary>A compiled CEL validation rule; compiled once per rule text and cached.</summary>
public sealed class CelProgram
{
    private static readonly ConcurrentDictionary<string, CelProgram?> Cache = new ConcurrentDictionary<string, CelProgram?>(StringComparer.Ordinal);
    private readonly CelExpr _expr;

    private CelProgram(CelExpr expr, bool usesOldSelf)
    {
        _expr = expr;
        UsesOldSelf = usesOldSelf;
    }

    /// <summary>True for transition rules (they need the previous object, which static validation does not have).</summary>
    public bool UsesOldSelf { get; }

    /// <summary>Compiles a rule, or returns null when it uses CEL outside the supported subset.</summary>
    public static CelProgram? Compile(string rule) => Cache.GetOrAdd(rule, static r =>
    {
        var (expr, oldSelf) = CelParser.Parse(r);
        if (oldSelf)
        {
            return new CelProgram(_ => true, true);
        }

        return expr == null ? null : new CelProgram(expr, false);
    });

    /// <summary>
    /// Evaluates with each named variable bound (a name distinct from <see cref="Evaluate(JsonNode?)"/>: a JsonObject is both a
    /// node and a list of pairs) (Kyverno's <c>validate.cel</c> binds <c>object</c>, <c>oldObject</c> and
    /// <c>request</c>); true/false, or null when the result is not a boolean or the evaluation failed (no such field, a
    /// type mismatch): a caller that reports rules says "error" then, not "pass".
    /// </summary>
    public bool? EvaluateWith(IEnumerable<KeyValuePair<string, JsonNode?>> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        CelEnv? env = null;
        foreach (var (name, value) in variables)
        {
            env = new CelEnv(name, CelOps.FromJson(value), env);
        }

        try
        {
            return env is not null && _expr(env) is bool b ? b : null;
        }
        catch (CelRuntimeException)
        {
            return null;
        }
    }

    /// <summary>Evaluates with <c>self</c> bound; true/false, or null when the result is not a boolean.</summary>
    public bool? Evaluate(JsonNode? self)
    {
        try
        {
            return _expr(new CelEnv("self", CelOps.FromJson(self), null)) is bool b ? b : null;
        }
        catch (CelRuntimeException)
        {
            return false;
        }
    }
}
