namespace Kurator.Sdk.Schema.Model;

/// <summary>The C# shape a schema value maps to.</summary>
public enum TypeRefKind
{
    /// <summary>string</summary>
    String,

    /// <summary>int</summary>
    Int32,

    /// <summary>long</summary>
    Int64,

    /// <summary>double</summary>
    Double,

    /// <summary>bool</summary>
    Bool,

    /// <summary>Kurator.Sdk.IntOrString</summary>
    IntOrString,

    /// <summary>Kurator.Sdk.Quantity (resource.Quantity)</summary>
    Quantity,

    /// <summary>Kurator.Sdk.Duration (Go duration text)</summary>
    Duration,

    /// <summary>System.DateTimeOffset (RFC 3339)</summary>
    Time,

    /// <summary>byte[] (base64 on the wire)</summary>
    Bytes,

    /// <summary>System.Text.Json.Nodes.JsonNode (free-form)</summary>
    Json,

    /// <summary>Kurator.Sdk.EmbeddedResource (a whole Kubernetes object)</summary>
    Embedded,

    /// <summary>A generated or core class.</summary>
    Object,

    /// <summary>A generated enum.</summary>
    Enum,

    /// <summary>List&lt;Element&gt;</summary>
    List,

    /// <summary>Dictionary&lt;string, Element&gt;</summary>
    Map,
}

/// <summary>
/// A reference to a C# type; <see cref="Name"/> is fully qualified (global::) for objects and enums. For free-form JSON,
/// <see cref="Name"/> is <see cref="JsonObject"/> when the schema says <c>type: object</c> (a scalar or list is then
/// rejected), or null when any JSON value is allowed.
/// </summary>
public sealed record TypeRef(TypeRefKind Kind, string? Name = null, TypeRef? Element = null)
{
    /// <summary>The <see cref="Name"/> of free-form JSON that must be an object.</summary>
    public const string JsonObject = "object";

    /// <summary>True for free-form JSON that must be an object (<c>type: object</c> with preserved unknown fields).</summary>
    public bool IsJsonObject => Kind == TypeRefKind.Json && Name == JsonObject;

    /// <summary>True for types the writer emits as JSON scalars.</summary>
    public bool IsScalar => Kind != TypeRefKind.Object && Kind != TypeRefKind.List && Kind != TypeRefKind.Map && Kind != TypeRefKind.Json && Kind != TypeRefKind.Embedded;
}

/// <summary>Schema constraints of one value (the facts the validator and analyzers check).</summary>
public sealed record Constraints(
    EquatableArray<string> EnumValues,
    string? Pattern,
    string? Minimum,
    string? Maximum,
    bool ExclusiveMinimum,
    bool ExclusiveMaximum,
    string? MinLength,
    string? MaxLength,
    string? MinItems,
    string? MaxItems,
    string? MinProperties,
    string? MaxProperties,
    string? Format,
    string? ListType,
    EquatableArray<string> ListMapKeys,
    string? Default,
    EquatableArray<CelRule> Rules,
    Constraints? Items)
{
    /// <summary>No constraints.</summary>
    public static Constraints None { get; } = new Constraints(
        EquatableArray<string>.Empty, null, null, null, false, false, null, null, null, null, null, null, null, null, EquatableArray<string>.Empty, null, EquatableArray<CelRule>.Empty, null);
}

/// <summary>An x-kubernetes-validations rule.</summary>
public sealed record CelRule(string Rule, string? Message, string? FieldPath, string? Reason);

/// <summary>A group of required-field alternatives from oneOf/anyOf/not with required lists.</summary>
public sealed record RequiredCombination(string Mode, EquatableArray<EquatableArray<string>> Sets);

/// <summary>One property of a generated class.</summary>
/// <param name="JsonName">The wire name.</param>
/// <param name="CsName">The C# property name.</param>
/// <param name="Type">The C# type.</param>
/// <param name="Required">The field must be present on the wire (the validator reports it missing).</param>
/// <param name="RequiredMember">
/// The C# property is a <c>required</c> member: wire-required with no schema default. A built-in field whose OpenAPI
/// documents a zero-value default (<c>name: default ""</c>) is <see cref="Required"/> but not a required member.
/// </param>
/// <param name="Constraints">The value's validation facts.</param>
/// <param name="Description">Upstream prose, if kept.</param>
public sealed record PropertyModel(string JsonName, string CsName, TypeRef Type, bool Required, bool RequiredMember, Constraints Constraints, string? Description);

/// <summary>Kind facts of a root type.</summary>
/// <remarks>
/// <see cref="PreferredVersion"/> is the version to move to from a deprecated or unserved one (the storage version, or
/// the newest served version that is not deprecated); <see cref="ServedBy"/> is the upstream project version a shipped
/// schema records (null for a CRD without provenance, such as one a user brings).
/// </remarks>
public sealed record KindModel(
    string Group,
    string Version,
    string Kind,
    string Plural,
    bool Namespaced,
    bool Storage,
    bool Deprecated,
    string? DeprecationWarning,
    bool HasObjectMeta,
    bool HasStatusSubresource,
    string? PreferredVersion = null,
    string? ServedBy = null);

/// <summary>A generated class.</summary>
public sealed record ObjectModel(
    string Namespace,
    string Name,
    EquatableArray<PropertyModel> Properties,
    KindModel? Kind,
    bool KeepsUnknownFields,
    Constraints Constraints,
    EquatableArray<RequiredCombination> Combinations,
    string? Description,
    string SchemaPath);

/// <summary>A member of a generated enum: its C# name and wire value.</summary>
public sealed record EnumMember(string CsName, string Wire);

/// <summary>A generated enum.</summary>
public sealed record EnumModel(string Namespace, string Name, EquatableArray<EnumMember> Members);

/// <summary>A problem found while building the model, with the schema file position.</summary>
public sealed record SchemaProblem(string Id, string File, int Line, int Column, string Message);

/// <summary>Everything generated from one schema file.</summary>
public sealed record UnitModel(
    string File,
    string HintName,
    EquatableArray<ObjectModel> Objects,
    EquatableArray<EnumModel> Enums,
    EquatableArray<SchemaProblem> Problems,
    EquatableArray<string> CoreMappings,
    int GeneratedTypes)
{
    /// <summary>How many CRD object schemas reuse a core type.</summary>
    public int CoreMapped => CoreMappings.Count;
}
