namespace Kurator.Sdk.Fleet.Commands;

/// <summary>The commands that talk to clusters with the runtime; each takes the same <see cref="RunOptions"/> in both front ends.</summary>
public enum FleetOperation
{
    /// <summary><c>apply</c>: server-side apply, prune, wait (optionally in waves).</summary>
    Apply,

    /// <summary><c>diff</c>: what apply would change, by server-side dry run.</summary>
    Diff,

    /// <summary><c>destroy</c>: delete what the ApplySet owns and wait until it is gone.</summary>
    Destroy,
}
