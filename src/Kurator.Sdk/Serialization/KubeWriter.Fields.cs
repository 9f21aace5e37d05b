using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Serialization;

/// <summary>
/// Field writers for generated WriteTo methods: one call per property writes its name and value when the value is set,
/// so the generated code stays one line per property (less C# to compile) and the output is what the expanded form wrote.
/// </summary>
public abstract partial class KubeWriter
{
    /// <summary>Writes a string field when <paramref name="value"/> is not null.</summary>
    public void StringField(string name, string? value)
    {
        if (value != null)
        {
            Name(name);
            String(value);
        }
    }

    /// <summary>Writes an integer field when <paramref name="value"/> is not null.</summary>
    public void NumberField(string name, long? value)
    {
        if (value is { } v)
        {
            Name(name);
            Number(v);
        }
    }

    /// <summary>Writes a floating-point field when <paramref name="value"/> is not null.</summary>
    public void DoubleField(string name, double? value)
    {
        if (value is { } v)
        {
            Name(name);
            Number(v);
        }
    }

    /// <summary>Writes a boolean field when <paramref name="value"/> is not null.</summary>
    public void BoolField(string name, bool? value)
    {
        if (value is { } v)
        {
            Name(name);
            Bool(v);
        }
    }

    /// <summary>Writes a free-form JSON field when <paramref name="value"/> is not null.</summary>
    public void JsonField(string name, JsonNode? value)
    {
        if (value != null)
        {
            Name(name);
            Json(value);
        }
    }

    /// <summary>Writes an object field when <paramref name="value"/> is not null.</summary>
    public void ObjectField(string name, KubeModel? value)
    {
        if (value != null)
        {
            Name(name);
            value.WriteTo(this);
        }
    }

    /// <summary>Writes a list of strings when <paramref name="values"/> is not null.</summary>
    public void StringListField(string name, List<string>? values)
    {
        if (values == null)
        {
            return;
        }

        Name(name);
        StartArray();
        foreach (var value in values)
        {
            String(value);
        }

        EndArray();
    }

    /// <summary>Writes a list of objects when <paramref name="values"/> is not null.</summary>
    public void ObjectListField<T>(string name, List<T>? values)
        where T : KubeModel
    {
        if (values == null)
        {
            return;
        }

        Name(name);
        StartArray();
        foreach (var value in values)
        {
            value.WriteTo(this);
        }

        EndArray();
    }

    /// <summary>Writes a map of strings when <paramref name="values"/> is not null.</summary>
    public void StringMapField(string name, Dictionary<string, string>? values)
    {
        if (values == null)
        {
            return;
        }

        Name(name);
        StartObject();
        foreach (var pair in values)
        {
            Name(pair.Key);
            String(pair.Value);
        }

        EndObject();
    }

    /// <summary>Writes a map of objects when <paramref name="values"/> is not null.</summary>
    public void ObjectMapField<T>(string name, Dictionary<string, T>? values)
        where T : KubeModel
    {
        if (values == null)
        {
            return;
        }

        Name(name);
        StartObject();
        foreach (var pair in values)
        {
            Name(pair.Key);
            pair.Value.WriteTo(this);
        }

        EndObject();
    }
}
