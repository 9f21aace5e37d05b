using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit.Sdk;

namespace Kurator.Sdk.MultiSystem.Tests.Semantics;

/// <summary>A member cluster as the delivery systems know it: its name and the labels of its cluster object.</summary>
internal sealed record Member(string Name, IReadOnlyDictionary<string, string> Labels)
{
    /// <summary>The ManagedCluster/Cluster object a system would hold for this member (for label and CEL selectors).</summary>
    public JsonObject AsClusterObject()
    {
        var labels = new JsonObject();
        foreach (var (k, v) in Labels) labels[k] = v;
        return new JsonObject { ["metadata"] = new JsonObject { ["name"] = Name, ["labels"] = labels } };
    }
}

/// <summary>Reads the fleets and their members (with the labels of their AttachedCluster objects) from the host's objects.</summary>
internal static class FleetView
{
    /// <summary>The members of the fleet <paramref name="fleet"/> in <paramref name="ns"/> (any fleet when null), in spec order.</summary>
    public static IReadOnlyList<Member> Members(IReadOnlyList<JsonObject> host, string? fleet = null, string? ns = null)
    {
        var fleets = host.Where(o => (string?)o["apiVersion"] == "fleet.kurator.dev/v1alpha1" && (string?)o["kind"] == "Fleet")
            .Where(f => (fleet is null || (string?)f["metadata"]!["name"] == fleet) && (ns is null || (string?)f["metadata"]!["namespace"] == ns))
            .ToList();
        if (fleets.Count == 0) throw new XunitException($"no Fleet {ns}/{fleet} among the host objects");
        var members = new List<Member>();
        foreach (var f in fleets)
        {
            var fleetNamespace = (string)f["metadata"]!["namespace"]!;
            foreach (var entry in f["spec"]!["clusters"]!.AsArray().OfType<JsonObject>())
            {
                var name = (string)entry["name"]!;
                var cluster = host.SingleOrDefault(o => (string?)o["apiVersion"] == "cluster.kurator.dev/v1alpha1" && (string?)o["kind"] == (string?)entry["kind"]
                    && (string?)o["metadata"]!["name"] == name && (string?)o["metadata"]!["namespace"] == fleetNamespace)
                    ?? throw new XunitException($"fleet {f["metadata"]!["name"]} names {entry["kind"]} {name}, which the host objects do not define");
                var labels = (cluster["metadata"]!["labels"] as JsonObject)?.ToDictionary(p => p.Key, p => (string)p.Value!, StringComparer.Ordinal) ?? new Dictionary<string, string>(StringComparer.Ordinal);
                if (members.All(m => m.Name != name)) members.Add(new Member(name, labels));
            }
        }

        return members;
    }

    /// <summary>The objects of one of <paramref name="kinds"/> in <paramref name="apiVersion"/>.</summary>
    public static IReadOnlyList<JsonObject> OfKind(IEnumerable<JsonObject> objects, string apiVersion, params string[] kinds) =>
        objects.Where(o => (string?)o["apiVersion"] == apiVersion && kinds.Contains((string?)o["kind"])).ToList();
}
