using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Json;

namespace Kurator.Sdk.Fleet.Overrides;

/// <summary>
/// One per-cluster override of a workload: the clusters it applies to, and the change it makes, run on the workload as
/// it is when the app is synthesized (so later edits to the workload are seen) or on what earlier overrides made of it.
/// </summary>
public sealed class WorkloadOverride
{
    private readonly Func<JsonObject, JsonObject> _change;

    internal WorkloadOverride(ClusterSelector selector, Func<JsonObject, JsonObject> change)
    {
        Selector = selector;
        _change = change;
    }

    /// <summary>The clusters it applies to.</summary>
    public ClusterSelector Selector { get; }

    /// <summary>
    /// <paramref name="workload"/> (the workload's JSON) with this change made, as a new object (the input is left as it is);
    /// throws <see cref="JsonPatchException"/> naming the object, the selector and the failing path when the change does not fit.
    /// </summary>
    public JsonObject ApplyTo(JsonObject workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        try
        {
            return _change(workload);
        }
        catch (JsonPatchException e)
        {
            throw new JsonPatchException($"override of {(string?)workload["kind"]}/{(string?)workload["metadata"]?["name"]} (clusters {Selector.Description}): {e.Message}");
        }
    }

    /// <summary>
    /// The change as <c>add</c>/<c>remove</c>/<c>replace</c> operations on <paramref name="workload"/> alone (as if no other
    /// override applied); throws like <see cref="ApplyTo"/>.
    /// </summary>
    public IReadOnlyList<JsonPatchOperation> OperationsFor(JsonObject workload) => JsonDiff.Diff(workload, ApplyTo(workload));
}
