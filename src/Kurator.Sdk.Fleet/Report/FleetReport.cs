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
    public int ExitCode => Clusters.Any(c => c.Failed > 0) ? ExitCodes.ApplyFailed : Succeeded ? ExitCodes.Success : ExitCodes.NotReady;
}

/// <summary>Exit codes of the KuratorApp commands.</summary>
public static class ExitCodes
{
    /// <summary>Everything applied and ready.</summary>
    public const int Success = 0;

    /// <summary>Some objects (or a whole cluster) could not be applied.</summary>
    public const int ApplyFailed = 1;

    /// <summary>Applied, but some objects failed or were not ready within the timeout.</summary>
    public const int NotReady = 2;

    /// <summary>The app definition or the command line is wrong.</summary>
    public const int InvalidUsage = 3;

    /// <summary>Schema errors or Pod Security violations that the fleet enforces (or <c>--level</c> requires): nothing was applied.</summary>
    public const int PolicyRefused = 4;
}
