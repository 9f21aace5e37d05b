using Kurator.Sdk.Kubernetes.Meta.V1;
using Kurator.Sdk.Validation;
using Kurator.Sdk.Validation.Names;

namespace Kurator.Sdk;

/// <summary>A Kubernetes object with ObjectMeta: everything that can be applied to a cluster.</summary>
public abstract class KubeObject : KubeResource
{
    private ObjectMeta? _metadata;

    /// <summary>Standard object metadata (name, namespace, labels, annotations ...). Created on first access.</summary>
    public ObjectMeta Metadata
    {
        get => _metadata ??= new ObjectMeta();
        set => _metadata = value;
    }

    /// <summary>True when metadata was set or read (false keeps an untouched object free of an empty metadata block).</summary>
    public bool HasMetadata => _metadata != null;

    /// <summary>The object's name (shortcut for Metadata.Name).</summary>
    public string? Name => _metadata?.Name;

    /// <summary>The object's namespace (shortcut for Metadata.Namespace).</summary>
    public string? Namespace => _metadata?.Namespace;

    /// <summary>The name (or generateName) and namespace as the API server checks them, per kind (see <see cref="ObjectNameRules"/>).</summary>
    protected override void ValidateIdentity(ValidationContext context) => ObjectNameRules.Validate(this, context);

    /// <summary>Sets name and, optionally, namespace; for the constructors of generated kinds.</summary>
    protected void SetIdentity(string name, string? @namespace)
    {
        Metadata.Name = name;
        if (@namespace != null)
        {
            Metadata.Namespace = @namespace;
        }
    }
}
