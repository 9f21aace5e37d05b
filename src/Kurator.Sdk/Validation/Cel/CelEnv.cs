namespace Kurator.Sdk.Validation.Cel;

/// <summary>Variable bindings during evaluation: self plus macro variables, innermost first.</summary>
internal sealed class CelEnv
{
    private readonly string _name;
    private readonly object? _value;
    private readonly CelEnv? _parent;

    public CelEnv(string name, object? value, CelEnv? parent)
    {
        _name = name;
        _value = value;
        _parent = parent;
    }

    public object? Lookup(string name)
    {
        for (var env = this; env != null; env = env._parent)
        {
            if (env._name == name)
            {
                return env._value;
            }
        }

        throw new CelRuntimeException("undeclared reference to '" + name + "'");
    }

    public CelEnv Bind(string name, object? value) => new CelEnv(name, value, this);
}
