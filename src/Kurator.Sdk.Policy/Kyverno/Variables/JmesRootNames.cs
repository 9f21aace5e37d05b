using System;
using System.Collections.Generic;
using System.Text;

namespace Kurator.Sdk.Policy.Kyverno.Variables;

/// <summary>
/// The names a JMESPath expression reads from its root (the evaluation's data: <c>request</c>, <c>element</c>, values),
/// wherever they stand: alone (<c>environment</c>), in a function's arguments (<c>to_upper(environment)</c>), in a
/// comparison or a multi-select. Names after a dot, inside a filter or an expression reference (<c>&amp;name</c>), after a
/// pipe, and hash keys are read from something else and are not listed. JmesPath.Net keeps its syntax tree to itself,
/// so this reads the text: a small scanner of JMESPath's tokens.
/// </summary>
internal static class JmesRootNames
{
    /// <summary>
    /// The root names of <paramref name="text"/>; empty when it gives a default with <c>||</c> (a name that is not
    /// defined then yields the default, as in Kyverno) or cannot be scanned (the parser reports what is wrong).
    /// </summary>
    public static IReadOnlyList<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains("||", StringComparison.Ordinal))
        {
            return [];
        }

        try
        {
            return new Scanner(text).Run();
        }
        catch (FormatException)
        {
            return [];
        }
    }

    private sealed class Scanner(string text)
    {
        private readonly List<string> _names = [];
        private readonly Stack<Frame> _frames = new();
        private Frame _frame = new(')', FromRoot: true);
        private int _i;

        // True where an operand (a name, literal, group ...) may start; false right after one.
        private bool _operand = true;

        // True right after a dot: the next name or multi-select reads the value on the left, not the root.
        private bool _relative;

        public List<string> Run()
        {
            while (_i < text.Length)
            {
                var c = text[_i];
                if (char.IsWhiteSpace(c))
                {
                    _i++;
                    continue;
                }

                var relative = _relative;
                _relative = false;
                if (c is '\'' or '`')
                {
                    Skip(c);
                    _operand = false;
                }
                else if (c == '"')
                {
                    var name = Quoted();
                    Name(name, relative, callable: false);
                }
                else if (char.IsAsciiLetter(c) || c == '_')
                {
                    var start = _i;
                    while (_i < text.Length && (char.IsAsciiLetterOrDigit(text[_i]) || text[_i] == '_'))
                    {
                        _i++;
                    }

                    Name(text[start.._i], relative, callable: true);
                }
                else if (char.IsAsciiDigit(c) || c == '-')
                {
                    _i++;
                }
                else
                {
                    Punctuation(c, relative);
                }
            }

            return _names;
        }

        private void Name(string name, bool relative, bool callable)
        {
            var next = NextNonSpace();
            if (!relative && ((name == "let" && _operand && next == '$') || (name == "in" && !_operand)))
            {
                // `let $v = ... in body`: the keywords of a lexical scope (its $ variables are not root names).
                _operand = true;
                return;
            }

            if (callable && next == '(')
            {
                // A function: its arguments read the node the call reads.
                _i = NextNonSpaceIndex() + 1;
                Push('(', _frame.FromRoot && !relative && _operand);
                _operand = true;
                return;
            }

            if (_frame.Kind == '{' && _operand && next == ':')
            {
                // A multi-select hash's key names the output, it reads nothing.
                _operand = false;
                return;
            }

            if (_operand && !relative && _frame.FromRoot && !_frame.Reference && !_names.Contains(name))
            {
                _names.Add(name);
            }

            _operand = false;
        }

        private void Punctuation(char c, bool relative)
        {
            var pair = _i + 1 < text.Length ? text[_i + 1] : '\0';
            _i++;
            switch (c)
            {
                case '.':
                    _relative = true;
                    _operand = true;
                    break;
                case '[':
                    // [?filter], [*], [], [0], [1:2] read elements or indexes; [a, b] at an operand's start is a
                    // multi-select list that reads the current node.
                    var inner = NextNonSpace();
                    var list = _operand && inner is not ('?' or '*' or ']' or ':' or '-') && !char.IsAsciiDigit(inner);
                    Push('[', list && !relative && _frame.FromRoot && !_frame.Reference);
                    _operand = true;
                    break;
                case '{':
                    Push('{', _operand && !relative && _frame.FromRoot && !_frame.Reference);
                    _operand = true;
                    break;
                case '(':
                    Push('(', _frame.FromRoot && !_frame.Reference);
                    _operand = true;
                    break;
                case ']' or '}' or ')':
                    _frame = _frames.Count > 0 ? _frames.Pop() : throw new FormatException("unbalanced " + c);
                    _operand = false;
                    break;
                case ',':
                    _frame = _frame with { Reference = false };
                    _operand = true;
                    break;
                case '|' when pair != '|':
                    // The right side reads what the left side produced.
                    _frame = _frame with { FromRoot = false };
                    _operand = true;
                    break;
                case '&' when pair != '&':
                    // An expression reference is evaluated later, against each element.
                    _frame = _frame with { Reference = true };
                    _operand = true;
                    break;
                case '@' or '*' or '$':
                    _operand = false;
                    break;
                default:
                    // Operators (&&, ||, !, comparisons), ':' of a hash or a slice, '?': an operand follows.
                    if (c is '&' or '|' or '=' or '<' or '>' or '!')
                    {
                        if (pair is '&' or '|' or '=')
                        {
                            _i++;
                        }
                    }

                    _operand = true;
                    break;
            }
        }

        private void Push(char kind, bool fromRoot)
        {
            _frames.Push(_frame);
            _frame = new Frame(kind, fromRoot);
        }

        private void Skip(char quote)
        {
            _i++;
            while (_i < text.Length && text[_i] != quote)
            {
                _i += text[_i] == '\\' ? 2 : 1;
            }

            if (_i >= text.Length)
            {
                throw new FormatException("unterminated literal");
            }

            _i++;
        }

        private string Quoted()
        {
            var name = new StringBuilder();
            _i++;
            while (_i < text.Length && text[_i] != '"')
            {
                if (text[_i] == '\\' && _i + 1 < text.Length)
                {
                    _i++;
                }

                name.Append(text[_i++]);
            }

            if (_i >= text.Length)
            {
                throw new FormatException("unterminated identifier");
            }

            _i++;
            return name.ToString();
        }

        private int NextNonSpaceIndex()
        {
            var j = _i;
            while (j < text.Length && char.IsWhiteSpace(text[j]))
            {
                j++;
            }

            return j;
        }

        private char NextNonSpace()
        {
            var j = NextNonSpaceIndex();
            return j < text.Length ? text[j] : '\0';
        }
    }

    /// <summary>A bracket level: what opened it, whether it reads the root, and whether an expression reference is open.</summary>
    private sealed record Frame(char Kind, bool FromRoot, bool Reference = false);
}
