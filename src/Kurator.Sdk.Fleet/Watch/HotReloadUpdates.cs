using System;
using System.Reflection.Metadata;

[assembly: MetadataUpdateHandler(typeof(Kurator.Sdk.Fleet.Watch.HotReloadUpdates))]

namespace Kurator.Sdk.Fleet.Watch;

/// <summary>
/// Told by the runtime after <c>dotnet watch</c> (or an IDE) applied a hot reload update to the process, through the
/// assembly's <see cref="MetadataUpdateHandlerAttribute"/>: the deployment project needs nothing of its own for
/// <c>watch</c> to see its edits.
/// </summary>
internal static class HotReloadUpdates
{
    /// <summary>Raised once per applied update, on the thread that applied it.</summary>
    public static event Action? Applied;

    /// <summary>Called by the runtime before <see cref="UpdateApplication"/>; nothing here caches reflection over the app's types.</summary>
    public static void ClearCache(Type[]? updatedTypes)
    {
        _ = updatedTypes;
    }

    /// <summary>Called by the runtime once an update is in place: every watch loop re-runs the definition.</summary>
    public static void UpdateApplication(Type[]? updatedTypes)
    {
        _ = updatedTypes;
        Applied?.Invoke();
    }
}
