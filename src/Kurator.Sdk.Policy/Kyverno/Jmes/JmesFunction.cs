namespace Kurator.Sdk.Policy.Kyverno.Jmes;

/// <summary>
/// The body of a function: the function itself (for its error messages), its evaluated arguments (references as
/// <see cref="JmesKind.Expression"/>) in, a value out.
/// </summary>
internal delegate JmesValue JmesFunctionBody(JmesFunction function, JmesValue[] args, in JmesContext context);

/// <summary>
/// A JMESPath function: its name, how many arguments it takes (checked when an expression is parsed) and its body,
/// which checks the argument types with <see cref="Expect(JmesValue[], int, JmesKind)"/> and friends.
/// </summary>
internal sealed class JmesFunction(string name, int minArgs, int maxArgs, JmesFunctionBody body)
{
    /// <summary>The <c>maxArgs</c> of a function taking any number of arguments (from <c>minArgs</c> on).</summary>
    public const int Variadic = int.MaxValue;

    public string Name { get; } = name;

    public int MinArgs { get; } = minArgs;

    public int MaxArgs { get; } = maxArgs;

    public JmesValue Invoke(JmesValue[] args, in JmesContext context) => body(this, args, context);

    /// <summary>Why <paramref name="count"/> arguments do not fit, or null when they do.</summary>
    public string? ArityProblem(int count)
    {
        if (count >= MinArgs && count <= MaxArgs)
        {
            return null;
        }

        var expected = MaxArgs == Variadic ? $"at least {MinArgs}" : MinArgs == MaxArgs ? $"{MinArgs}" : $"{MinArgs} to {MaxArgs}";
        return $"function {Name}() takes {expected} argument{(MaxArgs == 1 && MinArgs == 1 ? string.Empty : "s")}, not {count}";
    }

    /// <summary>Argument <paramref name="index"/>, which must be of <paramref name="kind"/> (True stands for either boolean).</summary>
    public JmesValue Expect(JmesValue[] args, int index, JmesKind kind)
    {
        var arg = args[index];
        if (arg.Kind == kind || (kind == JmesKind.True && arg.Kind == JmesKind.False))
        {
            return arg;
        }

        throw TypeError(index, Describe(kind), arg);
    }

    /// <summary>An array argument whose items all are numbers or all are strings (<paramref name="kind"/>).</summary>
    public JmesValue ExpectArrayOf(JmesValue[] args, int index, JmesKind kind)
    {
        var arg = args[index];
        if (arg.Kind == JmesKind.Array && AllOf(arg, kind))
        {
            return arg;
        }

        throw TypeError(index, kind == JmesKind.Number ? "an array of numbers" : "an array of strings", arg);
    }

    /// <summary>The error for argument <paramref name="index"/> not being <paramref name="expected"/>.</summary>
    public JmesException TypeError(int index, string expected, JmesValue actual) =>
        new($"function {Name}() expects {expected} as argument {index + 1}, not {Article(actual.TypeName)}");

    public static bool AllOf(JmesValue array, JmesKind kind)
    {
        for (var i = 0; i < array.Count; i++)
        {
            if (array.Item(i).Kind != kind)
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(JmesKind kind) => kind switch
    {
        JmesKind.True or JmesKind.False => "a boolean",
        JmesKind.Number => "a number",
        JmesKind.String => "a string",
        JmesKind.Array => "an array",
        JmesKind.Object => "an object",
        JmesKind.Expression => "an expression reference (&expr)",
        _ => "null",
    };

    private static string Article(string type) => type is "array" or "object" or "expref" ? "an " + type : type == "null" ? "null" : "a " + type;
}
