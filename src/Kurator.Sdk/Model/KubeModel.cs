using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Kurator.Sdk.Serialization;
using Kurator.Sdk.Validation;

namespace Kurator.Sdk;

/// <summary>Base of every generated object type: serialization, validation and fields kept from input the schema does not know.</summary>
/// <remarks>
/// The public properties of every generated type stay visible to reflection in trimmed and Native AOT programs (the
/// annotation applies to all derived types): <c>kurator-sdk convert</c> writes C# from them by name and by
/// <see cref="KubePropertyAttribute"/>, and so can tools of users.
/// </remarks>
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
public abstract class KubeModel
{
    /// <summary>
    /// Fields that are not in the schema: kept when the schema preserves unknown fields, or when loading in loose mode.
    /// They are written back in their original order after the known fields.
    /// </summary>
    public Dictionary<string, JsonNode?>? UnknownFields { get; set; }

    /// <summary>Writes this object as a JSON/YAML mapping.</summary>
    public abstract void WriteTo(KubeWriter writer);

    /// <summary>Checks schema facts (required, enums, patterns, bounds, CEL rules) and reports errors with field paths.</summary>
    public abstract void Validate(ValidationContext context);

    /// <summary>Writes <see cref="UnknownFields"/> (called by generated code after the known fields).</summary>
    protected void WriteUnknownFields(KubeWriter writer)
    {
        if (UnknownFields == null)
        {
            return;
        }

        foreach (var pair in UnknownFields)
        {
            writer.Name(pair.Key);
            writer.Json(pair.Value);
        }
    }
}
