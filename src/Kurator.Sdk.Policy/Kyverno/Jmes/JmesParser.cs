using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Kurator.Sdk.Policy.Kyverno.Jmes;

/// <summary>
/// A top-down operator precedence (Pratt) parser of JMESPath, with the binding powers of the specification's grammar.
/// Throws <see cref="FormatException"/> naming the position of what is wrong; nesting deeper than
/// <see cref="MaxNesting"/> levels (or a tree taller than <see cref="MaxHeight"/>) is refused, so hostile input cannot
/// exhaust the stack here or when the tree is evaluated.
/// </summary>
internal sealed class JmesParser
{
    /// <summary>How deep brackets, parentheses, function calls and projections may nest.</summary>
    public const int MaxNesting = 100;

    /// <summary>How tall the tree may be (long chains of <c>||</c>, pipes or projections grow it without nesting).</summary>
    public const int MaxHeight = 1000;

    private readonly List<JmesToken> _tokens;
    private readonly IReadOnlyDictionary<string, JmesFunction> _functions;
    private int _next;
    private int _depth;

    private JmesParser(List<JmesToken> tokens, IReadOnlyDictionary<string, JmesFunction> functions)
    {
        _tokens = tokens;
        _functions = functions;
    }

    private JmesToken Current => _tokens[_next];

    public static JmesNode Parse(string text, IReadOnlyDictionary<string, JmesFunction> functions)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new JmesParser(JmesLexer.Tokenize(text), functions);
        var node = parser.Expression(0);
        if (parser.Current.Kind != JmesTokenKind.End)
        {
            throw parser.Unexpected(parser.Current);
        }

        if (node.Height > MaxHeight)
        {
            throw new FormatException($"expression is too deeply nested (more than {MaxHeight} levels)");
        }

        return node;
    }

    // The binding power of a token standing after an operand: how tightly it takes that operand as its left side.
    private static int Power(JmesTokenKind kind) => kind switch
    {
        JmesTokenKind.Pipe => 1,
        JmesTokenKind.Or => 2,
        JmesTokenKind.And => 3,
        JmesTokenKind.Equal or JmesTokenKind.NotEqual or JmesTokenKind.Less or JmesTokenKind.LessOrEqual
            or JmesTokenKind.Greater or JmesTokenKind.GreaterOrEqual => 5,
        JmesTokenKind.Flatten => 9,
        JmesTokenKind.Star => 20,
        JmesTokenKind.Filter => 21,
        JmesTokenKind.Dot => 40,
        JmesTokenKind.Not => 45,
        JmesTokenKind.LeftBrace => 50,
        JmesTokenKind.LeftBracket => 55,
        JmesTokenKind.LeftParen => 60,
        _ => 0,
    };

    private JmesNode Expression(int power)
    {
        if (++_depth > MaxNesting)
        {
            throw JmesLexer.Error($"expression nests deeper than {MaxNesting} levels", Current.Position);
        }

        var left = Prefix(Advance());
        while (power < Power(Current.Kind))
        {
            left = Infix(Advance(), left);
        }

        _depth--;
        return left;
    }

    // A token that starts an operand.
    private JmesNode Prefix(JmesToken token)
    {
        switch (token.Kind)
        {
            case JmesTokenKind.Identifier when token.Text == "let" && Current.Kind == JmesTokenKind.Variable:
                return Let();
            case JmesTokenKind.Identifier when Current.Kind == JmesTokenKind.LeftParen:
                return Function(token);
            case JmesTokenKind.Identifier or JmesTokenKind.QuotedIdentifier:
                return new FieldNode(token.Text!);
            case JmesTokenKind.RawString:
                return new LiteralNode(JmesValue.String(token.Text!));
            case JmesTokenKind.Literal:
                return new LiteralNode(Json(token));
            case JmesTokenKind.Current:
                return CurrentNode.Instance;
            case JmesTokenKind.Root:
                return RootNode.Instance;
            case JmesTokenKind.Variable:
                return new VariableNode(token.Text!);
            case JmesTokenKind.Star:
                return new ValueProjectionNode(CurrentNode.Instance, Current.Kind == JmesTokenKind.RightBracket ? CurrentNode.Instance : ProjectionRight(Power(JmesTokenKind.Star)));
            case JmesTokenKind.Flatten:
                return new ProjectionNode(FlattenNode.Instance, ProjectionRight(Power(JmesTokenKind.Flatten)));
            case JmesTokenKind.Filter:
                return Filter(CurrentNode.Instance);
            case JmesTokenKind.LeftBracket when Current.Kind is JmesTokenKind.Number or JmesTokenKind.Colon:
                return IndexOrSlice(CurrentNode.Instance);
            case JmesTokenKind.LeftBracket when Current.Kind == JmesTokenKind.Star && _tokens[_next + 1].Kind == JmesTokenKind.RightBracket:
                _next += 2;
                return new ProjectionNode(CurrentNode.Instance, ProjectionRight(Power(JmesTokenKind.Star)));
            case JmesTokenKind.LeftBracket:
                return MultiSelectList();
            case JmesTokenKind.LeftBrace:
                return MultiSelectHash();
            case JmesTokenKind.LeftParen:
                var inner = Expression(0);
                Expect(JmesTokenKind.RightParen);
                return inner;
            case JmesTokenKind.Not:
                return new NotNode(Expression(Power(JmesTokenKind.Not)));
            case JmesTokenKind.Ampersand:
                return new ReferenceNode(Expression(0));
            default:
                throw Unexpected(token);
        }
    }

    // A token that follows an operand, which becomes its left side.
    private JmesNode Infix(JmesToken token, JmesNode left)
    {
        switch (token.Kind)
        {
            case JmesTokenKind.Dot when Current.Kind == JmesTokenKind.Star:
                _next++;
                return new ValueProjectionNode(left, ProjectionRight(Power(JmesTokenKind.Dot)));
            case JmesTokenKind.Dot:
                return ChainNode.Of(left, DotRight(Power(JmesTokenKind.Dot)));
            case JmesTokenKind.Pipe:
                return new PipeNode(left, Expression(Power(token.Kind)));
            case JmesTokenKind.Or:
                return new OrNode(left, Expression(Power(token.Kind)));
            case JmesTokenKind.And:
                return new AndNode(left, Expression(Power(token.Kind)));
            case JmesTokenKind.Equal or JmesTokenKind.NotEqual or JmesTokenKind.Less or JmesTokenKind.LessOrEqual
                or JmesTokenKind.Greater or JmesTokenKind.GreaterOrEqual:
                return new CompareNode(token.Kind, left, Expression(Power(token.Kind)));
            case JmesTokenKind.Flatten:
                return new ProjectionNode(ChainNode.Of(left, FlattenNode.Instance), ProjectionRight(Power(JmesTokenKind.Flatten)));
            case JmesTokenKind.Filter:
                return Filter(left);
            case JmesTokenKind.LeftBracket when Current.Kind is JmesTokenKind.Number or JmesTokenKind.Colon:
                return IndexOrSlice(left);
            case JmesTokenKind.LeftBracket:
                Expect(JmesTokenKind.Star);
                Expect(JmesTokenKind.RightBracket);
                return new ProjectionNode(left, ProjectionRight(Power(JmesTokenKind.Star)));
            case JmesTokenKind.LeftParen:
                throw JmesLexer.Error("only a plain name can be called as a function", token.Position);
            default:
                throw Unexpected(token);
        }
    }

    // What a projection applies to each item: nothing more (the item itself) when a weaker token follows.
    private JmesNode ProjectionRight(int power)
    {
        if (Power(Current.Kind) < 10)
        {
            return CurrentNode.Instance;
        }

        switch (Current.Kind)
        {
            case JmesTokenKind.LeftBracket or JmesTokenKind.Filter:
                return Expression(power);
            case JmesTokenKind.Dot:
                _next++;
                return DotRight(power);
            default:
                throw Unexpected(Current);
        }
    }

    // After a dot: a name (or function call), a multi-select list or a multi-select hash.
    private JmesNode DotRight(int power)
    {
        var token = Current;
        switch (token.Kind)
        {
            case JmesTokenKind.Identifier or JmesTokenKind.QuotedIdentifier or JmesTokenKind.Star:
                return Expression(power);
            case JmesTokenKind.LeftBracket:
                _next++;
                return Nested(MultiSelectList);
            case JmesTokenKind.LeftBrace:
                _next++;
                return Nested(MultiSelectHash);
            default:
                throw Unexpected(token);
        }
    }

    private JmesNode Nested(Func<JmesNode> parse)
    {
        if (++_depth > MaxNesting)
        {
            throw JmesLexer.Error($"expression nests deeper than {MaxNesting} levels", Current.Position);
        }

        var node = parse();
        _depth--;
        return node;
    }

    private JmesNode Filter(JmesNode left)
    {
        var condition = Expression(0);
        Expect(JmesTokenKind.RightBracket);
        var right = Current.Kind == JmesTokenKind.Flatten ? CurrentNode.Instance : ProjectionRight(Power(JmesTokenKind.Filter));
        return new FilterNode(left, condition, right);
    }

    // After '[' followed by a number or a colon: [n], or a slice [start:stop:step], which projects.
    private JmesNode IndexOrSlice(JmesNode left)
    {
        var parts = new int?[3];
        var part = 0;
        while (Current.Kind != JmesTokenKind.RightBracket)
        {
            var token = Advance();
            if (token.Kind == JmesTokenKind.Colon && part < 2)
            {
                part++;
            }
            else if (token.Kind == JmesTokenKind.Number && parts[part] is null)
            {
                parts[part] = token.Number;
            }
            else
            {
                throw Unexpected(token);
            }
        }

        _next++;
        if (part == 0)
        {
            return left is CurrentNode ? new IndexNode(parts[0]!.Value) : ChainNode.Of(left, new IndexNode(parts[0]!.Value));
        }

        if (parts[2] == 0)
        {
            throw JmesLexer.Error("a slice step cannot be 0", Current.Position);
        }

        var slice = new SliceNode(parts[0], parts[1], parts[2]);
        return new ProjectionNode(left is CurrentNode ? slice : ChainNode.Of(left, slice), ProjectionRight(Power(JmesTokenKind.Star)));
    }

    // After '[' (not an index): [a, b, ...].
    private ListNode MultiSelectList()
    {
        var items = new List<JmesNode>();
        while (true)
        {
            items.Add(Expression(0));
            if (Advance() is { Kind: not JmesTokenKind.Comma } token)
            {
                Require(token, JmesTokenKind.RightBracket);
                return new ListNode(items);
            }
        }
    }

    // After '{': {key: a, other: b}.
    private HashNode MultiSelectHash()
    {
        var entries = new List<KeyValuePair<string, JmesNode>>();
        while (true)
        {
            var key = Advance();
            if (key.Kind is not (JmesTokenKind.Identifier or JmesTokenKind.QuotedIdentifier))
            {
                throw Unexpected(key);
            }

            Expect(JmesTokenKind.Colon);
            entries.Add(new KeyValuePair<string, JmesNode>(key.Text!, Expression(0)));
            if (Advance() is { Kind: not JmesTokenKind.Comma } token)
            {
                Require(token, JmesTokenKind.RightBrace);
                return new HashNode(entries);
            }
        }
    }

    // After a name followed by '(': the call, its function and arity checked now.
    private FunctionNode Function(JmesToken name)
    {
        _next++;
        var args = new List<JmesNode>();
        if (Current.Kind == JmesTokenKind.RightParen)
        {
            _next++;
        }
        else
        {
            while (true)
            {
                args.Add(Expression(0));
                if (Advance() is { Kind: not JmesTokenKind.Comma } token)
                {
                    Require(token, JmesTokenKind.RightParen);
                    break;
                }
            }
        }

        if (!_functions.TryGetValue(name.Text!, out var function))
        {
            throw JmesLexer.Error($"unknown function {name.Text}()", name.Position);
        }

        if (function.ArityProblem(args.Count) is { } problem)
        {
            throw JmesLexer.Error(problem, name.Position);
        }

        return new FunctionNode(function, args);
    }

    // After `let` (followed by a variable): `$a = x, $b = y in body`.
    private LetNode Let()
    {
        var bindings = new List<KeyValuePair<string, JmesNode>>();
        while (true)
        {
            var variable = Advance();
            Require(variable, JmesTokenKind.Variable);
            Expect(JmesTokenKind.Assign);
            bindings.Add(new KeyValuePair<string, JmesNode>(variable.Text!, Expression(0)));
            var token = Advance();
            if (token.Kind == JmesTokenKind.Comma)
            {
                continue;
            }

            if (token is not { Kind: JmesTokenKind.Identifier, Text: "in" })
            {
                throw JmesLexer.Error("expected `in` after the let bindings", token.Position);
            }

            return new LetNode(bindings, Expression(0));
        }
    }

    private static JmesValue Json(JmesToken token)
    {
        try
        {
            using var doc = JsonDocument.Parse(token.Text!);
            return JmesJson.Own(doc.RootElement);
        }
        catch (JsonException e)
        {
            throw JmesLexer.Error("invalid JSON literal (" + e.Message + ")", token.Position);
        }
    }

    private JmesToken Advance()
    {
        var token = _tokens[_next];
        if (token.Kind != JmesTokenKind.End)
        {
            _next++;
        }

        return token;
    }

    private void Expect(JmesTokenKind kind) => Require(Advance(), kind);

    private void Require(JmesToken token, JmesTokenKind kind)
    {
        if (token.Kind != kind)
        {
            throw token.Kind == JmesTokenKind.End
                ? JmesLexer.Error($"unexpected end of expression (expected {Describe(kind)})", token.Position)
                : JmesLexer.Error($"expected {Describe(kind)}, found {Describe(token.Kind)}", token.Position);
        }
    }

    private FormatException Unexpected(JmesToken token) => token.Kind == JmesTokenKind.End
        ? JmesLexer.Error("unexpected end of expression", token.Position)
        : JmesLexer.Error($"unexpected {Describe(token.Kind)}", token.Position);

    private static string Describe(JmesTokenKind kind) => kind switch
    {
        JmesTokenKind.End => "end of expression",
        JmesTokenKind.Identifier or JmesTokenKind.QuotedIdentifier => "name",
        JmesTokenKind.Number => "number",
        JmesTokenKind.RawString => "raw string",
        JmesTokenKind.Literal => "literal",
        JmesTokenKind.Variable => "variable",
        JmesTokenKind.Dot => "'.'",
        JmesTokenKind.Star => "'*'",
        JmesTokenKind.Flatten => "'[]'",
        JmesTokenKind.Filter => "'[?'",
        JmesTokenKind.LeftBracket => "'['",
        JmesTokenKind.RightBracket => "']'",
        JmesTokenKind.LeftBrace => "'{'",
        JmesTokenKind.RightBrace => "'}'",
        JmesTokenKind.LeftParen => "'('",
        JmesTokenKind.RightParen => "')'",
        JmesTokenKind.Comma => "','",
        JmesTokenKind.Colon => "':'",
        JmesTokenKind.Pipe => "'|'",
        JmesTokenKind.Or => "'||'",
        JmesTokenKind.And => "'&&'",
        JmesTokenKind.Not => "'!'",
        JmesTokenKind.Ampersand => "'&'",
        JmesTokenKind.Current => "'@'",
        JmesTokenKind.Root => "'$'",
        JmesTokenKind.Assign => "'='",
        JmesTokenKind.Equal => "'=='",
        JmesTokenKind.NotEqual => "'!='",
        JmesTokenKind.Less => "'<'",
        JmesTokenKind.LessOrEqual => "'<='",
        JmesTokenKind.Greater => "'>'",
        _ => "'>='",
    };
}
