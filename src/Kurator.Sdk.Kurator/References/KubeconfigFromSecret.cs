using System;
using Kurator.Sdk.Kubernetes.Core.V1;

namespace Kurator.Sdk.Kurator.Cluster.V1Alpha1;

/// <summary>Typed references: an AttachedCluster's kubeconfig can be given the <see cref="Secret"/> that holds it.</summary>
public sealed partial class AttachedClusterSpec
{
    /// <summary>Points the kubeconfig at a key of a Secret object (same namespace as the AttachedCluster).</summary>
    /// <param name="secret">The Secret; its metadata.name is used.</param>
    /// <param name="key">The data key holding the kubeconfig; the Secret must contain it when it has data.</param>
    /// <returns>This spec.</returns>
    public AttachedClusterSpec WithKubeconfig(Secret secret, string key)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentException.ThrowIfNullOrEmpty(key);
        var name = secret.Name ?? throw new ArgumentException("the Secret has no metadata.name yet", nameof(secret));
        if ((secret.Data != null || secret.StringData != null) && !(secret.Data?.ContainsKey(key) ?? false) && !(secret.StringData?.ContainsKey(key) ?? false))
        {
            throw new ArgumentException($"Secret {name} has no key \"{key}\"", nameof(key));
        }

        Kubeconfig = new AttachedClusterSpecKubeconfig { Name = name, Key = key };
        return this;
    }
}
