using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Fleet.Model;

/// <summary>Where a target's objects go: the Kurator host, or one member cluster of a fleet.</summary>
public enum TargetRole
{
    /// <summary>The Kurator host cluster (Fleet, AttachedCluster, Application, their Secrets ...).</summary>
    Host,

    /// <summary>A member cluster of a fleet, receiving workloads directly.</summary>
    Member,
}

/// <summary>One cluster and the objects the app defines for it.</summary>
/// <param name="Name"><c>host</c>, or the member's name in its fleet (e.g. <c>kurator-member1</c>).</param>
/// <param name="Role">Host or member.</param>
/// <param name="Objects">The objects, in definition order (each a fresh JSON tree).</param>
public sealed record ClusterTarget(string Name, TargetRole Role, IReadOnlyList<JsonObject> Objects)
{
    /// <summary>The target name of the Kurator host.</summary>
    public const string HostName = "host";
}
