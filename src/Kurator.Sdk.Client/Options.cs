using System.Collections.Generic;

namespace Kurator.Sdk.Client;

/// <summary>Server-side apply options (PATCH application/apply-patch+yaml).</summary>
public sealed record ApplyOptions
{
    /// <summary>The field manager that will own the applied fields (required by the server).</summary>
    public string FieldManager { get; init; } = "kurator-sdk";
    /// <summary>Take ownership of conflicting fields from other managers.</summary>
    public bool Force { get; init; }
    /// <summary>Server-side dry run (dryRun=All): validated and defaulted, not stored.</summary>
    public bool DryRun { get; init; }
    /// <summary>fieldValidation: Strict (default), Warn or Ignore.</summary>
    public string FieldValidation { get; init; } = "Strict";
}

/// <summary>List options.</summary>
public sealed record ListOptions
{
    /// <summary>Label selector, e.g. <c>app=web,tier in (a,b)</c>.</summary>
    public string? LabelSelector { get; init; }
    /// <summary>Field selector, e.g. <c>metadata.name=x</c>.</summary>
    public string? FieldSelector { get; init; }
    /// <summary>Page size (limit); null for everything at once.</summary>
    public int? Limit { get; init; }
    /// <summary>Continue token from the previous page.</summary>
    public string? Continue { get; init; }
}

/// <summary>Watch options.</summary>
public sealed record WatchOptions
{
    /// <summary>Start after this resourceVersion; null to list first (each object arrives as Added) and watch from the list's version.</summary>
    public string? ResourceVersion { get; init; }
    /// <summary>Label selector.</summary>
    public string? LabelSelector { get; init; }
    /// <summary>Field selector.</summary>
    public string? FieldSelector { get; init; }
    /// <summary>Ask for BOOKMARK events (they advance the resume position and are yielded).</summary>
    public bool AllowBookmarks { get; init; } = true;
    /// <summary>Server-side timeout of each watch request; the watch is then resumed transparently.</summary>
    public int TimeoutSeconds { get; init; } = 300;
    /// <summary>Give up after this many consecutive failed reconnects.</summary>
    public int MaxConsecutiveFailures { get; init; } = 10;
}

/// <summary>Delete options (DeleteOptions body).</summary>
public sealed record DeleteOptions
{
    /// <summary>Background, Foreground or Orphan.</summary>
    public string? PropagationPolicy { get; init; }
    /// <summary>Server-side dry run.</summary>
    public bool DryRun { get; init; }
    /// <summary>Grace period in seconds.</summary>
    public long? GracePeriodSeconds { get; init; }
    /// <summary>Only delete if the object still has this resourceVersion.</summary>
    public string? PreconditionResourceVersion { get; init; }
    /// <summary>Only delete if the object still has this UID.</summary>
    public string? PreconditionUid { get; init; }
}

/// <summary>A page of a list.</summary>
/// <param name="Items">The objects (each with apiVersion and kind).</param>
/// <param name="ResourceVersion">The list's resourceVersion (a watch can start from it).</param>
/// <param name="Continue">The token for the next page, or null on the last page.</param>
/// <param name="RemainingItemCount">How many items remain after this page, if the server said.</param>
public sealed record ListPage(IReadOnlyList<System.Text.Json.Nodes.JsonObject> Items, string ResourceVersion, string? Continue, long? RemainingItemCount);

/// <summary>A page of a list, its items as elements of the parsed response.</summary>
/// <param name="Items">The objects, as the server sent them (items of built-in kinds may lack apiVersion and kind).</param>
/// <param name="ApiVersion">The apiVersion of the listed kind, for items that do not carry one.</param>
/// <param name="Kind">The listed kind, for items that do not carry one.</param>
/// <param name="ResourceVersion">The list's resourceVersion (a watch can start from it).</param>
/// <param name="Continue">The token for the next page, or null on the last page.</param>
/// <param name="RemainingItemCount">How many items remain after this page, if the server said.</param>
public sealed record ElementListPage(IReadOnlyList<System.Text.Json.JsonElement> Items, string ApiVersion, string Kind, string ResourceVersion, string? Continue, long? RemainingItemCount);

/// <summary>Patch content types for non-apply patches.</summary>
public enum PatchType
{
    /// <summary>application/merge-patch+json (RFC 7386).</summary>
    Merge,
    /// <summary>application/strategic-merge-patch+json (built-in kinds only).</summary>
    StrategicMerge,
    /// <summary>application/json-patch+json (RFC 6902).</summary>
    Json,
}
