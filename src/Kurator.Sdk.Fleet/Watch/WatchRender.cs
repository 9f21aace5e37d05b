using System;
using System.Collections.Generic;
using Kurator.Sdk.Fleet.Check;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Watch;

/// <summary>One run of the definition: what the chosen target would apply, and the check findings of what it delivers.</summary>
/// <param name="Plan">The plan the target applies.</param>
/// <param name="Findings">Schema and Pod Security findings (as <c>check</c> without <c>--level</c>).</param>
internal sealed record DefinitionRun(DeploymentPlan Plan, IReadOnlyList<CheckFinding> Findings);

/// <summary>One render of the watch loop.</summary>
/// <param name="Number">1 for the first render of this process, then one more per render.</param>
/// <param name="Reason">Why it rendered (<c>start</c>, <c>hot reload</c>).</param>
/// <param name="Run">The definition's result.</param>
/// <param name="Started">When the render started (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>).</param>
internal sealed record WatchRender(int Number, string Reason, DefinitionRun Run, long Started)
{
    /// <summary>Time since the render started.</summary>
    public TimeSpan Elapsed => System.Diagnostics.Stopwatch.GetElapsedTime(Started);
}
