using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Diff;

/// <summary>What apply would do to one object.</summary>
public enum DiffAction
{
    /// <summary>The object does not exist yet.</summary>
    Create,

    /// <summary>The object exists and would change.</summary>
    Update,

    /// <summary>The object is already as defined.</summary>
    Unchanged,

    /// <summary>The app applied it before and no longer defines it.</summary>
    Prune,

    /// <summary>The server rejected the dry run.</summary>
    Error,
}

/// <summary>One object's planned change.</summary>
/// <param name="Cluster">The target name.</param>
/// <param name="Object">The object.</param>
/// <param name="Action">What apply would do.</param>
/// <param name="Live">The live object as YAML (server-managed fields removed, Secret values masked), or null.</param>
/// <param name="Desired">The object after a server-side dry-run apply, same form, or null for a prune.</param>
/// <param name="Error">The server's error for <see cref="DiffAction.Error"/>.</param>
public sealed record ObjectDiff(string Cluster, ObjectRef Object, DiffAction Action, string? Live, string? Desired, string? Error = null);
