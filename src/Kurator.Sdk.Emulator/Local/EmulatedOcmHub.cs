using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Emulator.Local;

/// <summary>
/// What a real OCM hub has before the <c>ocm</c> target's objects arrive: a namespace per registered managed cluster
/// (OCM's registration controller creates it when it accepts the cluster). The emulated host has no OCM, so the local
/// fleet creates the namespaces the ManifestWorks are addressed to; the app never owns them (no apply-set labels), so
/// prune and destroy leave them alone, as they must on a real hub.
/// </summary>
internal static class EmulatedOcmHub
{
    public static async Task PrepareAsync(KubeClient client, ClusterTarget target, CancellationToken cancellationToken)
    {
        var defined = target.Objects.Where(o => (string?)o["apiVersion"] == "v1" && (string?)o["kind"] == "Namespace").Select(o => (string?)o["metadata"]?["name"]).ToHashSet(StringComparer.Ordinal);
        var clusters = target.Objects
            .Where(o => (string?)o["apiVersion"] == "work.open-cluster-management.io/v1" && (string?)o["kind"] == "ManifestWork")
            .Select(o => (string?)o["metadata"]?["namespace"])
            .Where(ns => !string.IsNullOrEmpty(ns) && !defined.Contains(ns))
            .Distinct(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            var ns = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = cluster } };
            await client.ApplyAsync(ns, new ApplyOptions { FieldManager = "kurator-sdk-local" }, cancellationToken);
        }
    }
}
