using System.Collections.Generic;
using Kurator.Sdk.Serialization;
using Kurator.Sdk.Validation;

namespace Kurator.Sdk;

/// <summary>A top-level Kubernetes document: anything with apiVersion and kind (objects, lists, options).</summary>
public abstract class KubeResource : KubeModel
{
    /// <summary>The apiVersion, e.g. "apps/v1" or "fleet.kurator.dev/v1alpha1".</summary>
    public abstract string ApiVersion { get; }

    /// <summary>The kind, e.g. "Deployment".</summary>
    public abstract string Kind { get; }

    /// <summary>Serializes to YAML (one document, no leading separator).</summary>
    public string ToYaml() => KubeYaml.Serialize(this);

    /// <summary>Serializes to indented JSON.</summary>
    public string ToJson(bool indented = true) => KubeJson.Serialize(this, indented);

    /// <summary>
    /// Validates against the schema and, for objects, the API server's name rules; returns every problem (empty when valid).
    /// </summary>
    public IReadOnlyList<ValidationError> Validate() => Validate(System.Array.Empty<string>());

    /// <summary>
    /// Validates an object whose reading rejected some values (see <see cref="LoadedObject.Validate"/>): those paths are
    /// not reported again as missing, and CEL rules are not checked, as the API server does for a malformed object.
    /// </summary>
    /// <param name="rejectedPaths">Field paths of the values the reader rejected.</param>
    public IReadOnlyList<ValidationError> Validate(IEnumerable<string> rejectedPaths)
    {
        var context = new ValidationContext(SecretFields.HeldBy(ApiVersion, Kind), rejectedPaths);
        Validate(context);
        ValidateIdentity(context);
        context.Complete();
        return context.Errors;
    }

    /// <summary>Checks what the API server requires of a top-level document beyond its schema; nothing by default.</summary>
    protected virtual void ValidateIdentity(ValidationContext context)
    {
    }
}
