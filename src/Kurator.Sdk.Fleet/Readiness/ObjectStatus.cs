namespace Kurator.Sdk.Fleet.Readiness;

/// <summary>kstatus results (kubernetes-sigs/cli-utils).</summary>
public enum StatusKind
{
    /// <summary>Still reconciling.</summary>
    InProgress,

    /// <summary>Failed; waiting longer will not help.</summary>
    Failed,

    /// <summary>Reconciled and ready.</summary>
    Current,

    /// <summary>Being deleted.</summary>
    Terminating,

    /// <summary>Does not exist.</summary>
    NotFound,
}

/// <summary>An object's readiness.</summary>
/// <param name="Kind">The status.</param>
/// <param name="Reason">Why, briefly (e.g. <c>LessAvailable</c>, <c>Phase=Running</c>).</param>
public sealed record ObjectStatus(StatusKind Kind, string Reason)
{
    internal static ObjectStatus Current(string reason = "Current") => new(StatusKind.Current, reason);

    internal static ObjectStatus InProgress(string reason) => new(StatusKind.InProgress, reason);

    internal static ObjectStatus Failed(string reason) => new(StatusKind.Failed, reason);
}
