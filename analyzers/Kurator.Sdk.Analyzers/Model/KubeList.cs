using System.Collections.Generic;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>A list built in the analyzed code.</summary>
internal sealed class KubeList
{
    public List<KubeItem> Items { get; } = new List<KubeItem>();

    /// <summary>True when items may exist that are not tracked (a spread, a list from elsewhere).</summary>
    public bool IsOpen { get; set; }
}
