using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Fleet.Overrides;

/// <summary>
/// One per-cluster override of a workload: the clusters it applies to, and the change it makes, turned into JSON patch
/// operations against the workload as it is when the app is synthesized (so later edits to the workload are seen).
/// </summary>
public sealed class WorkloadOverride
{
    private readonly Func<JsonObject, IReadOnlyList<JsonPatchOperation>> _operations;

    internal WorkloadOverride(ClusterSelector selector, Func<JsonObject, IReadOnlyList<JsonPatchOperation>> operations)
    {
        Selector = selector;
        _operations = operations;
    }

    /// <summary>The clusters it applies to.</summary>
    public ClusterSelector Selector { get; }

    /// <summary>
    /// The change as <c>add</c>/<c>remove</c>/<c>replace</c> operations on <paramref name="workload"/> (the workload's JSON);
    /// throws <see cref="JsonPatchException"/> naming the failing path when the change does not fit the workload.
    /// </summary>
    public IReadOnlyList<JsonPatchOperation> OperationsFor(JsonObject workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        try
        {
            return _operations(workload);
        }
        catch (JsonPatchException e)
        {
            throw new JsonPatchException($"override of {(string?)workload["kind"]}/{(string?)workload["metadata"]?["name"]} (clusters {Selector.Description}): {e.Message}");
        }
    }
}
