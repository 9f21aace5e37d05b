using System;

namespace Kurator.Sdk;

/// <summary>Marks a generated kind with its API coordinates.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class KubeKindAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public KubeKindAttribute(string group, string version, string kind, string plural, bool namespaced)
    {
        Group = group;
        Version = version;
        Kind = kind;
        Plural = plural;
        Namespaced = namespaced;
    }

    /// <summary>API group ("" for the core group).</summary>
    public string Group { get; }

    /// <summary>API version.</summary>
    public string Version { get; }

    /// <summary>Kind.</summary>
    public string Kind { get; }

    /// <summary>REST resource name ("" when the kind is not served as a resource).</summary>
    public string Plural { get; }

    /// <summary>True for namespaced kinds.</summary>
    public bool Namespaced { get; }
}

/// <summary>The wire name and schema facts of a generated property; analyzers and converters read it.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class KubePropertyAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public KubePropertyAttribute(string jsonName) => JsonName = jsonName;

    /// <summary>The field name on the wire.</summary>
    public string JsonName { get; }

    /// <summary>True when the schema requires the field.</summary>
    public bool Required { get; set; }

    /// <summary>The ECMA/RE2 pattern the value must match, or null.</summary>
    public string? Pattern { get; set; }

    /// <summary>Maximum length in characters (-1 when unbounded).</summary>
    public long MaxLength { get; set; } = -1;

    /// <summary>Minimum length in characters (-1 when unbounded).</summary>
    public long MinLength { get; set; } = -1;

    /// <summary>Inclusive minimum as written in the schema, or null.</summary>
    public string? Minimum { get; set; }

    /// <summary>Inclusive maximum as written in the schema, or null.</summary>
    public string? Maximum { get; set; }

    /// <summary>Maximum number of items (-1 when unbounded).</summary>
    public long MaxItems { get; set; } = -1;

    /// <summary>The schema format (int32, date-time, byte ...), or null.</summary>
    public string? Format { get; set; }

    /// <summary>The schema default as JSON text, or null.</summary>
    public string? Default { get; set; }
}

/// <summary>The wire value of a generated enum member.</summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
public sealed class KubeWireAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public KubeWireAttribute(string value) => Value = value;

    /// <summary>The value as written in YAML/JSON.</summary>
    public string Value { get; }
}
