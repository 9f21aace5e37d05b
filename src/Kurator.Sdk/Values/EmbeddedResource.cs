using System;
using System.Text.Json.Nodes;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk;

/// <summary>
/// A whole Kubernetes object embedded in another (an OCM ManifestWork manifest): either a typed SDK object or raw JSON.
/// </summary>
public sealed class EmbeddedResource
{
    private EmbeddedResource(KubeResource? typed, JsonObject? raw)
    {
        Typed = typed;
        Raw = raw;
    }

    /// <summary>The typed object, when built from one.</summary>
    public KubeResource? Typed { get; }

    /// <summary>The raw object, when read from YAML/JSON or built from JSON.</summary>
    public JsonObject? Raw { get; }

    /// <summary>Wraps a typed object.</summary>
    public static EmbeddedResource From(KubeResource resource) => new EmbeddedResource(resource ?? throw new ArgumentNullException(nameof(resource)), null);

    /// <summary>Wraps raw JSON.</summary>
    public static EmbeddedResource From(JsonObject raw) => new EmbeddedResource(null, raw ?? throw new ArgumentNullException(nameof(raw)));

    /// <summary>Implicit conversion from any typed SDK object.</summary>
    public static implicit operator EmbeddedResource(KubeResource resource) => From(resource);

    /// <summary>Implicit conversion from raw JSON.</summary>
    public static implicit operator EmbeddedResource(JsonObject raw) => From(raw);

    /// <summary>The object as JSON (a copy for typed objects).</summary>
    public JsonObject ToJsonObject() => Raw ?? (JsonObject)KubeJson.ToNode(Typed!);

    /// <summary>Writes the object.</summary>
    public void WriteTo(KubeWriter writer)
    {
        if (Typed != null)
        {
            Typed.WriteTo(writer);
        }
        else
        {
            writer.Json(Raw);
        }
    }
}
