using System;
using System.Collections.Generic;
using System.Linq;

namespace Kurator.Sdk.Fleet.Model;

/// <summary>
/// Everything an app defines, resolved per target cluster: the host first, then each member in fleet order. A plan is
/// valid by construction (see <see cref="PlanInvariants"/>): every cluster is named once, there is at most one host, and
/// no cluster receives an object (group, kind, namespace, name) twice; whatever builds a plan, the constructor and
/// <c>with</c> refuse one that breaks this, with an <see cref="ArgumentException"/> naming the cluster and the object.
/// </summary>
public sealed record DeploymentPlan
{
    private readonly string _appName = "";
    private readonly IReadOnlyList<ClusterTarget> _targets = [];

    /// <summary>Creates a plan; throws <see cref="ArgumentException"/> when it breaks an invariant.</summary>
    /// <param name="appName">The app's name; it identifies the app's ApplySet in every cluster.</param>
    /// <param name="targets">The targets (copied: later changes to the list do not reach the plan).</param>
    public DeploymentPlan(string appName, IReadOnlyList<ClusterTarget> targets)
    {
        AppName = appName;
        Targets = targets;
    }

    /// <summary>The app's name; it identifies the app's ApplySet in every cluster.</summary>
    public string AppName
    {
        get => _appName;
        init => _appName = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("a deployment plan needs the app's name", nameof(value)) : value;
    }

    /// <summary>The targets: the host (if any) and the members, each named once.</summary>
    public IReadOnlyList<ClusterTarget> Targets
    {
        get => _targets;
        // Checked here rather than in the constructor alone, so `plan with { Targets = ... }` is held to the same rules.
        init => _targets = PlanInvariants.Check(_appName, value);
    }

    /// <summary>The host target.</summary>
    public ClusterTarget Host => Targets.FirstOrDefault(t => t.Role == TargetRole.Host)
        ?? throw new InvalidOperationException($"plan {AppName} has no host target (a plan of plain contexts)");

    /// <summary>Whether the plan has a host (the CLI's plans of plain contexts have none).</summary>
    public bool HasHost => Targets.Any(t => t.Role == TargetRole.Host);

    /// <summary>The member targets.</summary>
    public IEnumerable<ClusterTarget> Members => Targets.Where(t => t.Role == TargetRole.Member);
}
