using System;
using System.Collections.Generic;
using System.Linq;

namespace Kurator.Sdk.Validation.Cel;

/// <summary>
/// Parses the CEL subset found in CRD validation rules (field access, has(), logic, comparison, arithmetic, in, size(),
/// string functions and the all/exists/exists_one/filter/map macros) into evaluable closures.
/// Anything outside the subset makes the parse fail, so callers report the rule as not evaluated instead of guessing.
/// </summary>
internal sealed class CelParser
{
    private readonly List<CelToken> _tokens;
    private int _pos;

    private CelParser(List<CelToken> tokens) => _tokens = tokens;

    public bool UsesOldSelf { get; private set; }

    public static (CelExpr? Expr, bool UsesOldSelf) Parse(string text)
    {
        var tokens = CelLexer.Tokenize(text);
        if (tokens == null)
        {
            return (null, false);
        }

        var parser = new CelParser(tokens);
        try
        {
            var expr = parser.Ternary();
            return parser.Peek.Kind == CelTokenKind.End ? (expr, parser.UsesOldSelf) : (null, parser.UsesOldSelf);
        }
        catch (CelUnsupportedException)
        {
            return (null, parser.UsesOldSelf);
        }
    }

    private CelToken Peek => _tokens[_pos];

    private bool Accept(string op)
    {
        if (Peek.Kind == CelTokenKind.Operator && Peek.Text == op)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private void Expect(string op)
    {
        if (!Accept(op))
        {
            throw new CelUnsupportedException();
        }
    }

    private CelExpr Ternary()
    {
        var cond = Or();
        if (!Accept("?"))
        {
            return cond;
        }

        var then = Ternary();
        Expect(":");
        var otherwise = Ternary();
        return env => CelOps.Truth(cond(env)) ? then(env) : otherwise(env);
    }

    private CelExpr Or()
    {
        var left = And();
        while (Accept("||"))
        {
            var l = left;
            var r = And();
            left = env => CelOps.Or(l, r, env);
        }

        return left;
    }

    private CelExpr And()
    {
        var left = Relation();
        while (Accept("&&"))
        {
            var l = left;
            var r = Relation();
            left = env => CelOps.And(l, r, env);
        }

        return left;
    }

    private CelExpr Relation()
    {
        var left = Additive();
        while (true)
        {
            var tok = Peek;
            string? op = null;
            if (tok.Kind == CelTokenKind.Operator && (tok.Text is "==" or "!=" or "<" or "<=" or ">" or ">="))
            {
                op = tok.Text;
            }
            else if (tok.Kind == CelTokenKind.Identifier && tok.Text == "in")
            {
                op = "in";
            }

            if (op == null)
            {
                return left;
            }

            _pos++;
            var l = left;
            var r = Additive();
            left = env => CelOps.Compare(op, l(env), r(env));
        }
    }

    private CelExpr Additive()
    {
        var left = Multiplicative();
        while (Peek.Kind == CelTokenKind.Operator && (Peek.Text is "+" or "-"))
        {
            var op = Peek.Text;
            _pos++;
            var l = left;
            var r = Multiplicative();
            left = env => CelOps.Arithmetic(op, l(env), r(env));
        }

        return left;
    }

    private CelExpr Multiplicative()
    {
        var left = Unary();
        while (Peek.Kind == CelTokenKind.Operator && (Peek.Text is "*" or "/" or "%"))
        {
            var op = Peek.Text;
            _pos++;
            var l = left;
            var r = Unary();
            left = env => CelOps.Arithmetic(op, l(env), r(env));
        }

        return left;
    }

    private CelExpr Unary()
    {
        if (Accept("!"))
        {
            var inner = Unary();
            return env => !CelOps.Truth(inner(env));
        }

        if (Accept("-"))
        {
            var inner = Unary();
            return env => CelOps.Arithmetic("-", 0L, inner(env));
        }

        return Member();
    }

    private CelExpr Member() => Member(out _, out _);

    private CelExpr Member(out CelExpr? lastOwner, out string? lastField)
    {
        lastOwner = null;
        lastField = null;
        var target = Primary();
        while (true)
        {
            if (Accept("."))
            {
                var name = Identifier();
                if (Accept("("))
                {
                    target = Method(target, name);
                    lastOwner = null;
                }
                else
                {
                    var t = target;
                    lastOwner = t;
                    lastField = name;
                    target = env => CelOps.Field(t(env), name);
                }
            }
            else if (Accept("["))
            {
                var index = Ternary();
                Expect("]");
                var t = target;
                lastOwner = null;
                target = env => CelOps.Index(t(env), index(env));
            }
            else
            {
                return target;
            }
        }
    }

    private CelExpr Method(CelExpr target, string name)
    {
        if (name is "all" or "exists" or "exists_one" or "filter" or "map")
        {
            var variable = Identifier();
            Expect(",");
            var body = Ternary();
            Expect(")");
            return env => CelOps.Macro(name, target(env), variable, body, env);
        }

        var args = Arguments();
        return name switch
        {
            "size" when args.Count == 0 => env => CelOps.Size(target(env)),
            "startsWith" or "endsWith" or "contains" or "matches" when args.Count == 1 => env => CelOps.StringFunction(name, target(env), args[0](env)),
            "lowerAscii" when args.Count == 0 => env => CelOps.Str(target(env)).ToLowerInvariant(),
            "upperAscii" when args.Count == 0 => env => CelOps.Str(target(env)).ToUpperInvariant(),
            _ => throw new CelUnsupportedException(),
        };
    }

    private List<CelExpr> Arguments()
    {
        var args = new List<CelExpr>();
        if (Accept(")"))
        {
            return args;
        }

        do
        {
            args.Add(Ternary());
        }
        while (Accept(","));
        Expect(")");
        return args;
    }

    private CelExpr Primary()
    {
        var tok = Peek;
        switch (tok.Kind)
        {
            case CelTokenKind.Int:
            case CelTokenKind.Double:
            case CelTokenKind.String:
                _pos++;
                var value = tok.Value;
                return _ => value;
            case CelTokenKind.Identifier:
                _pos++;
                return IdentifierExpr(tok.Text);
            case CelTokenKind.Operator when tok.Text == "(":
                _pos++;
                var inner = Ternary();
                Expect(")");
                return inner;
            case CelTokenKind.Operator when tok.Text == "[":
                _pos++;
                var items = new List<CelExpr>();
                if (!Accept("]"))
                {
                    do
                    {
                        items.Add(Ternary());
                    }
                    while (Accept(","));
                    Expect("]");
                }

                return env => items.Select(i => i(env)).ToList();
            default:
                throw new CelUnsupportedException();
        }
    }

    private CelExpr IdentifierExpr(string name)
    {
        switch (name)
        {
            case "true":
                return _ => true;
            case "false":
                return _ => false;
            case "null":
                return _ => null;
            case "oldSelf":
                UsesOldSelf = true;
                throw new CelUnsupportedException();
            case "has":
                // has(a.b) is a macro: it tests presence of the last field instead of reading it.
                Expect("(");
                Member(out var owner, out var field);
                Expect(")");
                if (owner == null || field == null)
                {
                    throw new CelUnsupportedException();
                }

                return env => CelOps.Has(owner(env), field);
        }

        if (Accept("("))
        {
            var args = Arguments();
            return (name, args.Count) switch
            {
                ("size", 1) => env => CelOps.Size(args[0](env)),
                ("int", 1) => env => CelOps.ToInt(args[0](env)),
                ("double", 1) => env => CelOps.ToDouble(args[0](env)),
                ("string", 1) => env => CelOps.ToCelString(args[0](env)),
                _ => throw new CelUnsupportedException(),
            };
        }

        return env => env.Lookup(name);
    }

    private string Identifier()
    {
        if (Peek.Kind != CelTokenKind.Identifier)
        {
            throw new CelUnsupportedException();
        }

        return _tokens[_pos++].Text;
    }
}

/// <summary>A compiled expression over an environment.</summary>
internal delegate object? CelExpr(CelEnv env);

/// <summary>Thrown while parsing when the rule leaves the supported subset.</summary>
internal sealed class CelUnsupportedException : Exception
{
}
