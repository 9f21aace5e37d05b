using System.Collections.Generic;
using System.Linq;

namespace Kurator.Sdk.Fleet.Model;

/// <summary>Everything an app defines, resolved per target cluster: the host first, then each member in fleet order.</summary>
/// <param name="AppName">The app's name; it identifies the app's ApplySet in every cluster.</param>
/// <param name="Targets">The targets.</param>
public sealed record DeploymentPlan(string AppName, IReadOnlyList<ClusterTarget> Targets)
{
    /// <summary>The host target.</summary>
    public ClusterTarget Host => Targets.First(t => t.Role == TargetRole.Host);

    /// <summary>Whether the plan has a host (the CLI's plans of plain contexts have none).</summary>
    public bool HasHost => Targets.Any(t => t.Role == TargetRole.Host);

    /// <summary>The member targets.</summary>
    public IEnumerable<ClusterTarget> Members => Targets.Where(t => t.Role == TargetRole.Member);
}
