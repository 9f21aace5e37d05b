using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>The <c>System.Text.Json.Nodes</c> types free-form schema fields use (null when the compilation lacks them).</summary>
internal sealed class JsonSymbols
{
    public JsonSymbols(Compilation compilation)
    {
        JsonNode = compilation.GetTypeByMetadataName("System.Text.Json.Nodes.JsonNode");
        JsonObject = compilation.GetTypeByMetadataName("System.Text.Json.Nodes.JsonObject");
        JsonArray = compilation.GetTypeByMetadataName("System.Text.Json.Nodes.JsonArray");
    }

    public INamedTypeSymbol? JsonNode { get; }

    public INamedTypeSymbol? JsonObject { get; }

    public INamedTypeSymbol? JsonArray { get; }

    /// <summary>True for JsonNode and the types deriving from it (JsonObject, JsonArray, JsonValue).</summary>
    public bool IsJsonType(ITypeSymbol? type)
    {
        if (JsonNode is null)
        {
            return false;
        }

        for (var t = type as INamedTypeSymbol; t is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t, JsonNode))
            {
                return true;
            }
        }

        return false;
    }
}
