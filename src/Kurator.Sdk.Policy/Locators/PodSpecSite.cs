using System;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Policy.Locators;

/// <summary>A pod spec found inside an object, with the pod metadata that goes with it (if any) and their paths.</summary>
public sealed class PodSpecSite
{
    /// <summary>Creates a site.</summary>
    public PodSpecSite(JsonObject spec, string specPath, JsonObject? metadata, string metadataPath)
    {
        Spec = spec ?? throw new ArgumentNullException(nameof(spec));
        SpecPath = specPath ?? throw new ArgumentNullException(nameof(specPath));
        Metadata = metadata;
        MetadataPath = metadataPath ?? throw new ArgumentNullException(nameof(metadataPath));
    }

    /// <summary>The pod spec object.</summary>
    public JsonObject Spec { get; }

    /// <summary>Its path in the enclosing object, e.g. <c>spec.template.spec</c>.</summary>
    public string SpecPath { get; }

    /// <summary>The pod metadata (annotations), or null when absent or when the location embeds a bare pod spec.</summary>
    public JsonObject? Metadata { get; }

    /// <summary>The path where the pod metadata is (or would be), e.g. <c>spec.template.metadata</c>.</summary>
    public string MetadataPath { get; }
}
