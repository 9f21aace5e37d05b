using System.Linq;
using System.Text.Json.Nodes;
using static Kurator.Sdk.Fleet.Readiness.JsonStatus;

namespace Kurator.Sdk.Fleet.Readiness;

/// <summary>
/// Kurator kinds carry no conditions or observedGeneration on their own (kstatus would call them Current at once), so their
/// readiness comes from the fields Kurator's controllers set.
/// </summary>
internal static class KuratorRules
{
    /// <summary>Fleet: status.phase must be Ready with no unready clusters; Failed/TerminateFailed are terminal.</summary>
    public static ObjectStatus Fleet(JsonNode? status)
    {
        var phase = Str(status?["phase"]);
        return phase switch
        {
            "Ready" when (Int(status?["unReadyClusters"]) ?? 0) > 0 => ObjectStatus.InProgress($"UnreadyClusters={Int(status?["unReadyClusters"])}"),
            "Ready" => ObjectStatus.Current("Phase=Ready"),
            "Failed" or "TerminateFailed" => ObjectStatus.Failed($"Phase={phase}: {Str(status?["reason"])}"),
            null => ObjectStatus.InProgress("NoPhase"),
            _ => ObjectStatus.InProgress("Phase=" + phase),
        };
    }

    /// <summary>AttachedCluster: status.ready (the controller reached the member); conditions when a controller sets them.</summary>
    public static ObjectStatus AttachedCluster(JsonNode? status)
    {
        if (status?["ready"] is JsonValue ready && ready.TryGetValue<bool>(out var isReady)) return isReady ? ObjectStatus.Current("Ready") : ObjectStatus.InProgress("NotReady");
        return KStatus.ReadyCondition(status);
    }

    /// <summary>
    /// Application: every syncStatus entry (a copy of the Flux object's status) must be Ready=True, and there must be as
    /// many entries as sync policies x selected clusters when that number is known.
    /// </summary>
    public static ObjectStatus Application(JsonNode? status, int? expectedEntries = null)
    {
        if (status?["syncStatus"] is not JsonArray sync) return KStatus.ReadyCondition(status);
        if (expectedEntries is { } expected && sync.Count < expected) return ObjectStatus.InProgress($"SyncStatus {sync.Count}/{expected}");
        foreach (var entry in sync.OfType<JsonObject>())
        {
            var flux = entry["kustomizationStatus"] ?? entry["HelmReleaseStatus"];
            if (ConditionIs(flux, "Stalled", "True")) return ObjectStatus.Failed($"{Str(entry["name"])}: Stalled: {Str(Condition(flux, "Stalled")?["message"])}");
            // The entry is the Flux object's status: a terminal Ready=False fails the Application at once.
            if (FluxRules.Conditions(flux) is { Kind: StatusKind.Failed } failed) return ObjectStatus.Failed($"{Str(entry["name"])}: {failed.Reason}");
            if (!ConditionIs(flux, "Ready", "True")) return ObjectStatus.InProgress($"{Str(entry["name"])}: not Ready");
        }

        return sync.Count == 0 ? ObjectStatus.InProgress("NoSyncStatus") : ObjectStatus.Current("Synced");
    }
}
