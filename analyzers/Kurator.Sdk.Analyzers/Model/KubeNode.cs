using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>A generated object built in the analyzed code, with the fields it is given and where.</summary>
internal sealed class KubeNode
{
    public KubeNode(ITypeSymbol type, Location location, bool partial)
    {
        Type = type;
        Location = location;
        IsPartial = partial;
    }

    /// <summary>The generated type.</summary>
    public ITypeSymbol Type { get; }

    /// <summary>Where the object is created (the <c>new T</c> head, or the builder that creates it).</summary>
    public Location Location { get; }

    /// <summary>
    /// True when the object came from outside the analyzed code (a parameter, a call): fields may be set
    /// elsewhere, so only values seen here are judged, never missing fields.
    /// </summary>
    public bool IsPartial { get; }

    /// <summary>
    /// True when the object was handed to a method of this project that may change it (<c>Harden(container)</c>):
    /// like a partial object, its set values are judged but its missing fields are not.
    /// </summary>
    public bool Escaped { get; set; }

    /// <summary>True when fields may be set where the analyzer cannot see (<see cref="IsPartial"/> or <see cref="Escaped"/>).</summary>
    public bool IsOpen => IsPartial || Escaped || Parent?.IsOpenFromAbove() == true;

    /// <summary>Fields set here, by wire name; a later write replaces an earlier one.</summary>
    public Dictionary<string, KubeField> Fields { get; } = new Dictionary<string, KubeField>();

    /// <summary>The object holding this one (first seen), or null for a root.</summary>
    public KubeNode? Parent { get; set; }

    /// <summary>The wire name of the field of <see cref="Parent"/> that holds this object (or its list).</summary>
    public string? ParentField { get; set; }

    // An escaped ancestor could have changed anything below it.
    private bool IsOpenFromAbove()
    {
        var depth = 0;
        for (var n = this; n is not null && depth++ < 64; n = n.Parent)
        {
            if (n.Escaped)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value of a field, or null when it is not set here.</summary>
    public KubeField? Get(string jsonName) => Fields.TryGetValue(jsonName, out var field) ? field : null;

    /// <summary>A scalar field's wire text, or null.</summary>
    public string? Text(string jsonName) => Get(jsonName)?.Value.Text;
}
