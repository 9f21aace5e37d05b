using System.Collections.Generic;

namespace Kurator.Sdk.Serialization;

/// <summary>What a load produced: the typed objects and every problem found (objects with errors are left out).</summary>
public sealed class LoadResult
{
    /// <summary>The objects read without errors.</summary>
    public List<LoadedObject> Objects { get; } = new List<LoadedObject>();

    /// <summary>Objects that were read but had errors (unknown fields, bad values); validation can still check them.</summary>
    public List<LoadedObject> Partial { get; } = new List<LoadedObject>();

    /// <summary>The problems.</summary>
    public List<KubeLoadError> Errors { get; } = new List<KubeLoadError>();

    /// <summary>True when nothing went wrong.</summary>
    public bool Success => Errors.Count == 0;
}
