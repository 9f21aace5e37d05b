using System.Text.Json.Nodes;

namespace Kurator.Sdk.Client.Watch;

/// <summary>What a watch event reports.</summary>
public enum WatchEventType
{
    /// <summary>An object was created (or exists at the start of a watch).</summary>
    Added,
    /// <summary>An object changed.</summary>
    Modified,
    /// <summary>An object was deleted (the object is its last state).</summary>
    Deleted,
    /// <summary>The server's position advanced (object carries only metadata.resourceVersion).</summary>
    Bookmark,
    /// <summary>
    /// The watch position expired (410) and the collection was re-listed: the object is the full list (items) and
    /// replaces whatever state the consumer built, so nothing missed in the gap is lost.
    /// </summary>
    Relisted,
}

/// <summary>One event from <see cref="KubeClient.WatchAsync"/>.</summary>
/// <param name="Type">Event type.</param>
/// <param name="Object">The object (for <see cref="WatchEventType.Relisted"/>, the list).</param>
public sealed record WatchEvent(WatchEventType Type, JsonObject Object)
{
    /// <summary>The object's metadata.resourceVersion.</summary>
    public string? ResourceVersion => (string?)Object["metadata"]?["resourceVersion"];
}
