using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Schema;

/// <summary>Descriptors of the schema rules on literal values (errors: the API server would reject the object).</summary>
internal static class SchemaDescriptors
{
    public static readonly DiagnosticDescriptor Pattern = new(
        RuleIdentifiers.SchemaPattern,
        "Value does not match the schema pattern",
        "'{0}' is not a valid value for {1}: {2}",
        RuleCategories.Schema,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The CRD or OpenAPI schema constrains this field with a pattern; the API server rejects other values.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.SchemaPattern));

    public static readonly DiagnosticDescriptor Length = new(
        RuleIdentifiers.SchemaLength,
        "Value length is outside the schema bounds",
        "'{0}' is not a valid value for {1}: {2}",
        RuleCategories.Schema,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The schema bounds the length of this field (minLength/maxLength); the API server rejects other values.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.SchemaLength));

    public static readonly DiagnosticDescriptor Range = new(
        RuleIdentifiers.SchemaRange,
        "Value is outside the schema range",
        "{0} is not a valid value for {1}: {2}",
        RuleCategories.Schema,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The schema bounds this number (minimum/maximum); the API server rejects other values.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.SchemaRange));

    public static readonly DiagnosticDescriptor Enum = new(
        RuleIdentifiers.SchemaEnum,
        "Value is not one of the schema's enum values",
        "{0} is not a valid value for {1}: expected one of {2}",
        RuleCategories.Schema,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A number cast to a generated enum that names none of its members has no wire value; the API server rejects the object.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.SchemaEnum));
}
