using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Readiness;

namespace Kurator.Sdk.Fleet.Status;

/// <summary>One object's state in one cluster.</summary>
/// <param name="Cluster">The target name.</param>
/// <param name="Object">The object.</param>
/// <param name="Status">Its readiness (NotFound when not deployed).</param>
/// <param name="Defined">False for an object the app applied before but no longer defines (the next apply prunes it).</param>
/// <param name="Divergence">
/// For a defined object that exists: how it departs from what apply would leave (<c>drift: .data.k changed out of band</c>,
/// <c>owned by ...</c>, <c>definition changed since the last apply</c>); null when it holds the definition.
/// </param>
public sealed record ObjectState(string Cluster, ObjectRef Object, ObjectStatus Status, bool Defined, string? Divergence = null)
{
    /// <summary>True when the object was last applied from this definition but has been changed out of band since.</summary>
    public bool Drifted => Divergence?.StartsWith("drift:", System.StringComparison.Ordinal) == true;
}
