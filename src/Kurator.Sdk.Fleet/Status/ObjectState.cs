using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Readiness;

namespace Kurator.Sdk.Fleet.Status;

/// <summary>One object's state in one cluster.</summary>
/// <param name="Cluster">The target name.</param>
/// <param name="Object">The object.</param>
/// <param name="Status">Its readiness (NotFound when not deployed).</param>
/// <param name="Defined">False for an object the app applied before but no longer defines (the next apply prunes it).</param>
public sealed record ObjectState(string Cluster, ObjectRef Object, ObjectStatus Status, bool Defined);
