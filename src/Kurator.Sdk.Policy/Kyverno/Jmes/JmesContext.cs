namespace Kurator.Sdk.Policy.Kyverno.Jmes;

/// <summary>
/// What one evaluation carries besides the current node: the root (<c>$</c>) and the variables of the enclosing
/// <c>let</c> scopes. A value passed down the calls, so concurrent evaluations share nothing.
/// </summary>
internal readonly struct JmesContext(JmesValue root, JmesVariables? variables = null)
{
    public JmesValue Root { get; } = root;

    public JmesVariables? Variables { get; } = variables;
}

/// <summary>One variable bound by <c>let</c>, in front of those of the enclosing scopes.</summary>
internal sealed class JmesVariables(string name, JmesValue value, JmesVariables? outer)
{
    public string Name { get; } = name;

    public JmesValue Value { get; } = value;

    public JmesVariables? Outer { get; } = outer;

    /// <summary>The innermost binding of <paramref name="name"/>; throws <see cref="JmesException"/> when none.</summary>
    public static JmesValue Lookup(JmesVariables? scope, string name)
    {
        for (var s = scope; s is not null; s = s.Outer)
        {
            if (s.Name == name)
            {
                return s.Value;
            }
        }

        throw new JmesException($"undefined variable ${name}");
    }
}
