using System.Text.Json.Nodes;

namespace Kurator.Sdk.Client.Typed;

/// <summary>
/// The seam between typed models and this unstructured client: converts a model to and from its JSON object form.
/// The typed API provides one for its generated kinds; tests and tools can provide their own.
/// </summary>
/// <typeparam name="T">The model type.</typeparam>
public interface IObjectConverter<T>
{
    /// <summary>The object as Kubernetes JSON (with apiVersion, kind and metadata).</summary>
    JsonObject ToJson(T value);

    /// <summary>The model read from Kubernetes JSON returned by the server.</summary>
    T FromJson(JsonObject json);

    /// <summary>The apiVersion of <typeparamref name="T"/> (for get/list by type).</summary>
    string ApiVersion { get; }

    /// <summary>The kind of <typeparamref name="T"/>.</summary>
    string Kind { get; }
}
