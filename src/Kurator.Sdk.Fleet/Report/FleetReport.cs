using System.Collections.Generic;
using System.Linq;

namespace Kurator.Sdk.Fleet.Report;

/// <summary>The result of one command across all target clusters.</summary>
/// <param name="Clusters">One report per target, host first.</param>
public sealed record FleetReport(IReadOnlyList<ClusterReport> Clusters)
{
    /// <summary>True when every cluster succeeded.</summary>
    public bool Succeeded => Clusters.All(c => c.Succeeded);

    /// <summary>The report of <paramref name="cluster"/>.</summary>
    public ClusterReport this[string cluster] => Clusters.First(c => c.Cluster == cluster);

    /// <summary>The process exit code CI can act on: 0 success, 1 apply failures, 2 applied but not ready.</summary>
    public int ExitCode => Clusters.Any(c => c.Failed > 0) ? ExitCodes.Failed : Succeeded ? ExitCodes.Success : ExitCodes.NotReady;
}
