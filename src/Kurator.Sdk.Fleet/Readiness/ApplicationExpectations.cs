using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Fleet.Readiness;

/// <summary>
/// How many <c>syncStatus</c> entries a Kurator Application will have once synced: one per (sync policy x cluster the
/// policy's fleet and clusterSelector select), as Kurator's controller creates one Flux object per pair.
/// </summary>
internal static class ApplicationExpectations
{
    /// <summary>The expected count, or null when a fleet or cluster it names is not among <paramref name="objects"/>.</summary>
    public static int? Count(JsonObject application, IReadOnlyList<JsonObject> objects)
    {
        var ns = (string?)application["metadata"]?["namespace"] ?? "default";
        var policies = application["spec"]?["syncPolicies"] as JsonArray ?? [];
        var total = 0;
        foreach (var policy in policies.OfType<JsonObject>())
        {
            var destination = policy["destination"] ?? application["spec"]?["destination"];
            var fleetName = (string?)destination?["fleet"];
            var fleet = objects.FirstOrDefault(o => (string?)o["kind"] == "Fleet" && (string?)o["metadata"]?["name"] == fleetName && ((string?)o["metadata"]?["namespace"] ?? "default") == ns);
            if (fleet is null) return null;
            var selector = destination?["clusterSelector"]?["matchLabels"] as JsonObject;
            foreach (var member in (fleet["spec"]?["clusters"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (selector is null || selector.Count == 0)
                {
                    total++;
                    continue;
                }

                var cluster = objects.FirstOrDefault(o => (string?)o["kind"] == ((string?)member["kind"] ?? "Cluster") && (string?)o["metadata"]?["name"] == (string?)member["name"]);
                if (cluster is null) return null;
                var labels = cluster["metadata"]?["labels"] as JsonObject;
                if (selector.All(kv => (string?)labels?[kv.Key] == (string?)kv.Value)) total++;
            }
        }

        return total;
    }
}
