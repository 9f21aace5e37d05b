using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>
/// The objects of one apply as they will be sent (<see cref="DesiredObject"/>), prepared once for all clusters that
/// receive the same object: a fleet sends one definition to many members, and each preparation copies the object,
/// writes it out and hashes it. Keyed by the source object itself (never by its content), the ApplySet and the
/// namespace the cluster's context defaults to; lives for one apply, so a definition changed in place later is
/// prepared again. The prepared bodies are only read (sent, compared, shown).
/// </summary>
internal sealed class PreparedObjects
{
    private readonly ConcurrentDictionary<(JsonObject Source, string Set, string? Namespace), DesiredObject> _prepared = new();

    /// <summary><see cref="DesiredObject.Create"/> of these arguments, made on the first call and shared after it.</summary>
    public DesiredObject For(JsonObject source, ApplySetIdentity set, string? defaultNamespace) =>
        _prepared.GetOrAdd((source, set.Id, defaultNamespace), static (key, s) => DesiredObject.Create(key.Source, s, key.Namespace), set);
}
