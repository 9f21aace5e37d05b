using System.Collections.Generic;

namespace Kurator.Sdk.Validation;

/// <summary>
/// Descent into child objects for generated Validate methods: one call per object-typed property instead of the
/// Enter/Validate/Exit block for each, with the same paths and order.
/// </summary>
public sealed partial class ValidationContext
{
    /// <summary>Validates an object field under its name when <paramref name="value"/> is not null.</summary>
    public void Child(string name, KubeModel? value)
    {
        if (value == null)
        {
            return;
        }

        Enter(name);
        value.Validate(this);
        Exit();
    }

    /// <summary>Validates each object of a list field under its name and index when <paramref name="items"/> is not null.</summary>
    public void Children<T>(string name, List<T>? items)
        where T : KubeModel
    {
        if (items == null)
        {
            return;
        }

        Enter(name);
        for (var i = 0; i < items.Count; i++)
        {
            Enter(i);
            items[i].Validate(this);
            Exit();
        }

        Exit();
    }

    /// <summary>Validates each object of a map field under its name and key when <paramref name="items"/> is not null.</summary>
    public void Children<T>(string name, Dictionary<string, T>? items)
        where T : KubeModel
    {
        if (items == null)
        {
            return;
        }

        Enter(name);
        foreach (var pair in items)
        {
            Enter(pair.Key);
            pair.Value.Validate(this);
            Exit();
        }

        Exit();
    }
}
