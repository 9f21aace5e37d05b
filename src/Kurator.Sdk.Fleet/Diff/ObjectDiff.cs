using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Diff;

/// <summary>What apply would do to one object.</summary>
public enum DiffAction
{
    /// <summary>The object does not exist yet.</summary>
    Create,

    /// <summary>The object exists and would change.</summary>
    Update,

    /// <summary>The definition is as last applied, but the live object was changed out of band: apply would correct it.</summary>
    Drift,

    /// <summary>The object is already as defined.</summary>
    Unchanged,

    /// <summary>The app applied it before and no longer defines it.</summary>
    Prune,

    /// <summary>The object belongs to another owner (or another applier declares its fields): apply would refuse it.</summary>
    Conflict,

    /// <summary>The server rejected the dry run.</summary>
    Error,
}

/// <summary>One object's planned change.</summary>
/// <param name="Cluster">The target name.</param>
/// <param name="Object">The object.</param>
/// <param name="Action">What apply would do.</param>
/// <param name="Live">The live object as YAML (server-managed fields removed, Secret values masked), or null.</param>
/// <param name="Desired">The object after a server-side dry-run apply, same form, or null for a prune.</param>
/// <param name="Error">The server's error for <see cref="DiffAction.Error"/>, the owner for <see cref="DiffAction.Conflict"/>.</param>
public sealed record ObjectDiff(string Cluster, ObjectRef Object, DiffAction Action, string? Live, string? Desired, string? Error = null);
