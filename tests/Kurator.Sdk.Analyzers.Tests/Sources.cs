namespace Kurator.Sdk.Analyzers.Tests;

/// <summary>Using directives test sources start with.</summary>
internal static class Sources
{
    public const string Core = """
        using System.Collections.Generic;
        using Kurator.Sdk.Kubernetes.Core.V1;
        using Kurator.Sdk.Kubernetes.Apps.V1;
        using Kurator.Sdk.Kubernetes.Meta.V1;

        """;
}
