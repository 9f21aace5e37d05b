using System.Text.Json.Nodes;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>What applying one object did.</summary>
internal enum ApplyOutcomeKind
{
    /// <summary>The object did not exist and was created.</summary>
    Created,

    /// <summary>The definition changed and the object was updated.</summary>
    Updated,

    /// <summary>The definition did not change, but the live object had drifted (edited out of band) and was corrected.</summary>
    Drifted,

    /// <summary>The object belonged to another owner and was taken over (<c>--force-conflicts</c>).</summary>
    TakenOver,

    /// <summary>The live object already held the definition: nothing was sent.</summary>
    Unchanged,
}

/// <summary>The outcome of one object's apply.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Result">The object as the server returned it (the live object when unchanged).</param>
/// <param name="Detail">For drift: the first field that differed; for a takeover: the previous owner.</param>
internal sealed record ApplyOutcome(ApplyOutcomeKind Kind, JsonObject Result, string? Detail = null);
