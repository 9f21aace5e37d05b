using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Tests.Verification;

/// <summary>The framework (from the test host's trusted platform assemblies) plus the real SDK assemblies.</summary>
public static class TestReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> LazyAll = new(Load);

    public static IReadOnlyList<MetadataReference> All => LazyAll.Value;

    private static IReadOnlyList<MetadataReference> Load()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .ToList();
        paths.AddRange(new[]
        {
            typeof(global::Kurator.Sdk.KubeModel).Assembly.Location,
            typeof(global::Kurator.Sdk.Kubernetes.Core.V1.Pod).Assembly.Location,
            typeof(global::Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet).Assembly.Location,
            typeof(global::Kurator.Sdk.Kyverno.V1.ClusterPolicy).Assembly.Location,
            typeof(global::Kurator.Sdk.Flux.Source.V1.GitRepository).Assembly.Location,
            typeof(global::Kurator.Sdk.Volcano.Batch.V1Alpha1.Job).Assembly.Location,
            typeof(global::Kurator.Sdk.Fleet.Overrides.ClusterSelector).Assembly.Location,
        });
        return paths.Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }
}
