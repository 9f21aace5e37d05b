using System.Collections.Generic;
using System.Linq;

namespace Kurator.Sdk.Policy.Kyverno.Jmes;

/// <summary>
/// A node of a parsed JMESPath expression. Nodes are immutable once parsed (only the parser appends to a
/// <see cref="ChainNode"/> it is still building), so one tree is evaluated from any number of threads at once.
/// </summary>
internal abstract class JmesNode
{
    protected JmesNode(int height) => Height = height;

    /// <summary>The levels of nodes from this one down (1 for a leaf): evaluation recurses this deep.</summary>
    public int Height { get; private protected set; }

    protected static int Over(params JmesNode[] children) => 1 + children.Max(c => c.Height);

    protected static int Over(IEnumerable<JmesNode> children) => 1 + children.Select(c => c.Height).DefaultIfEmpty(0).Max();
}

/// <summary><c>name</c> or <c>"name"</c>: a property of the current object.</summary>
internal sealed class FieldNode(string name) : JmesNode(1)
{
    public string Name { get; } = name;
}

/// <summary><c>@</c>: the current node.</summary>
internal sealed class CurrentNode() : JmesNode(1)
{
    public static CurrentNode Instance { get; } = new();
}

/// <summary><c>$</c>: the root the evaluation started at.</summary>
internal sealed class RootNode() : JmesNode(1)
{
    public static RootNode Instance { get; } = new();
}

/// <summary><c>$name</c>: a variable bound by <c>let</c>.</summary>
internal sealed class VariableNode(string name) : JmesNode(1)
{
    public string Name { get; } = name;
}

/// <summary><c>`json`</c> or <c>'raw string'</c>.</summary>
internal sealed class LiteralNode(JmesValue value) : JmesNode(1)
{
    public JmesValue Value { get; } = value;
}

/// <summary><c>[n]</c> applied to the current node (negative counts from the end).</summary>
internal sealed class IndexNode(int index) : JmesNode(1)
{
    public int Index { get; } = index;
}

/// <summary><c>[start:stop:step]</c> applied to the current node.</summary>
internal sealed class SliceNode(int? start, int? stop, int? step) : JmesNode(1)
{
    public int? Start { get; } = start;

    public int? Stop { get; } = stop;

    public int? Step { get; } = step;
}

/// <summary><c>[]</c> applied to the current node: one level of nested arrays merged.</summary>
internal sealed class FlattenNode() : JmesNode(1)
{
    public static FlattenNode Instance { get; } = new();
}

/// <summary>
/// A sub-expression <c>a.b[0].c</c>: each step reads what the previous one gave; a null stops the chain. Kept flat so a
/// long chain costs no recursion.
/// </summary>
internal sealed class ChainNode : JmesNode
{
    private readonly List<JmesNode> _steps;

    private ChainNode(List<JmesNode> steps)
        : base(Over(steps)) => _steps = steps;

    public IReadOnlyList<JmesNode> Steps => _steps;

    /// <summary><paramref name="left"/> then <paramref name="step"/>, appended to <paramref name="left"/>'s chain while parsing.</summary>
    public static ChainNode Of(JmesNode left, JmesNode step)
    {
        var chain = left as ChainNode ?? new ChainNode([left]);
        foreach (var s in step is ChainNode c ? c._steps : [step])
        {
            chain._steps.Add(s);
            chain.Height = System.Math.Max(chain.Height, s.Height + 1);
        }

        return chain;
    }
}

/// <summary><c>left[*]right</c>, <c>left[]right</c>, slices: <c>right</c> applied to each item of the array <c>left</c> gives.</summary>
internal sealed class ProjectionNode(JmesNode left, JmesNode right) : JmesNode(Over(left, right))
{
    public JmesNode Left { get; } = left;

    public JmesNode Right { get; } = right;
}

/// <summary><c>left.*right</c>: <c>right</c> applied to each property value of the object <c>left</c> gives.</summary>
internal sealed class ValueProjectionNode(JmesNode left, JmesNode right) : JmesNode(Over(left, right))
{
    public JmesNode Left { get; } = left;

    public JmesNode Right { get; } = right;
}

/// <summary><c>left[?condition]right</c>: the projection of the items for which the condition is truthy.</summary>
internal sealed class FilterNode(JmesNode left, JmesNode condition, JmesNode right) : JmesNode(Over(left, condition, right))
{
    public JmesNode Left { get; } = left;

    public JmesNode Condition { get; } = condition;

    public JmesNode Right { get; } = right;
}

/// <summary><c>left | right</c>: <c>right</c> reads what <c>left</c> gave (and ends any projection).</summary>
internal sealed class PipeNode(JmesNode left, JmesNode right) : JmesNode(Over(left, right))
{
    public JmesNode Left { get; } = left;

    public JmesNode Right { get; } = right;
}

/// <summary><c>left || right</c>.</summary>
internal sealed class OrNode(JmesNode left, JmesNode right) : JmesNode(Over(left, right))
{
    public JmesNode Left { get; } = left;

    public JmesNode Right { get; } = right;
}

/// <summary><c>left &amp;&amp; right</c>.</summary>
internal sealed class AndNode(JmesNode left, JmesNode right) : JmesNode(Over(left, right))
{
    public JmesNode Left { get; } = left;

    public JmesNode Right { get; } = right;
}

/// <summary><c>!operand</c>.</summary>
internal sealed class NotNode(JmesNode operand) : JmesNode(Over(operand))
{
    public JmesNode Operand { get; } = operand;
}

/// <summary><c>left op right</c> with one of <c>== != &lt; &lt;= &gt; &gt;=</c> (the token kind).</summary>
internal sealed class CompareNode(JmesTokenKind op, JmesNode left, JmesNode right) : JmesNode(Over(left, right))
{
    public JmesTokenKind Operator { get; } = op;

    public JmesNode Left { get; } = left;

    public JmesNode Right { get; } = right;
}

/// <summary><c>[a, b]</c>: a list of each expression's value.</summary>
internal sealed class ListNode(IReadOnlyList<JmesNode> items) : JmesNode(Over(items))
{
    public IReadOnlyList<JmesNode> Items { get; } = items;
}

/// <summary><c>{key: a, other: b}</c>: an object of each expression's value.</summary>
internal sealed class HashNode(IReadOnlyList<KeyValuePair<string, JmesNode>> entries) : JmesNode(Over(entries.Select(e => e.Value)))
{
    public IReadOnlyList<KeyValuePair<string, JmesNode>> Entries { get; } = entries;
}

/// <summary><c>&amp;expression</c>: the expression itself, for a function to apply (sort_by, map ...).</summary>
internal sealed class ReferenceNode(JmesNode expression) : JmesNode(Over(expression))
{
    public JmesNode Expression { get; } = expression;
}

/// <summary><c>name(arguments)</c>, its function found (and its arity checked) when parsed.</summary>
internal sealed class FunctionNode(JmesFunction function, IReadOnlyList<JmesNode> arguments) : JmesNode(Over(arguments))
{
    public JmesFunction Function { get; } = function;

    public IReadOnlyList<JmesNode> Arguments { get; } = arguments;
}

/// <summary><c>let $a = x, $b = y in body</c>: the bindings are evaluated first, then the body sees them.</summary>
internal sealed class LetNode(IReadOnlyList<KeyValuePair<string, JmesNode>> bindings, JmesNode body)
    : JmesNode(Over(bindings.Select(b => b.Value).Append(body)))
{
    public IReadOnlyList<KeyValuePair<string, JmesNode>> Bindings { get; } = bindings;

    public JmesNode Body { get; } = body;
}
