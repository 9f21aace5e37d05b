using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Generators.Pipeline;

/// <summary>The generator's diagnostics; IDs are stable.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Kurator.Sdk.Generator";

    public static DiagnosticDescriptor UnsupportedSchema { get; } = new DiagnosticDescriptor(
        "KSG001", "Unsupported schema construct", "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static DiagnosticDescriptor TooDeep { get; } = new DiagnosticDescriptor(
        "KSG002", "Schema nested too deeply", "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static DiagnosticDescriptor InvalidSchema { get; } = new DiagnosticDescriptor(
        "KSG003", "Invalid CRD schema", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static DiagnosticDescriptor UnreadableFile { get; } = new DiagnosticDescriptor(
        "KSG004", "Schema file cannot be read", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "KSG001" => UnsupportedSchema,
        "KSG002" => TooDeep,
        "KSG003" => InvalidSchema,
        _ => UnreadableFile,
    };
}
