using System.Text.Json.Nodes;

namespace Kurator.Sdk.Emulator.Storage;

/// <summary>
/// A change in the store: ADDED, MODIFIED or DELETED, with the object as it was after the change and, for MODIFIED,
/// before it (so watches with selectors can report objects entering or leaving the selection).
/// </summary>
internal sealed record StoredEvent(string Type, string Group, string Plural, string Namespace, JsonObject Object, long ResourceVersion)
{
    public JsonObject? Previous { get; init; }
}
