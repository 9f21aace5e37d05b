using System.Collections.Generic;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>A string-keyed map built in the analyzed code.</summary>
internal sealed class KubeMap
{
    public Dictionary<string, KubeItem> Entries { get; } = new Dictionary<string, KubeItem>();

    /// <summary>True when entries may exist that are not tracked (a non-constant key, a map from elsewhere).</summary>
    public bool IsOpen { get; set; }
}
