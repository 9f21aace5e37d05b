using System;
using System.Collections.Concurrent;
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
