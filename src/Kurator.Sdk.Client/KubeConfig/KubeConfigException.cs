using System;

namespace Kurator.Sdk.Client.KubeConfig;

/// <summary>An invalid or unusable kubeconfig (messages follow client-go's; they never contain credentials).</summary>
public sealed class KubeConfigException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KubeConfigException(string message, Exception? inner = null) : base(message, inner) { }
}
