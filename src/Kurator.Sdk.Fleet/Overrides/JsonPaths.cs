using System.Text.Json.Nodes;

namespace Kurator.Sdk.Fleet.Overrides;

/// <summary>Small helpers for walking and creating object members in JSON trees.</summary>
internal static class JsonPaths
{
    /// <summary>The object member <paramref name="name"/> of <paramref name="parent"/>, created empty when missing.</summary>
    public static JsonObject Ensure(JsonObject parent, string name)
    {
        if (parent[name] is JsonObject existing) return existing;
        var created = new JsonObject();
        parent[name] = created;
        return created;
    }
}
