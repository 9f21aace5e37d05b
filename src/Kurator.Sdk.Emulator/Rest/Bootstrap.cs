using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Http;

namespace Kurator.Sdk.Emulator.Rest;

/// <summary>The objects a fresh cluster has: the system namespaces.</summary>
internal static class Bootstrap
{
    public static void CreateSystemNamespaces(ClusterState state)
    {
        var type = state.Registry.Find("", "v1", "namespaces")!;
        var writer = new ObjectWriter(state);
        foreach (var name in new[] { "default", "kube-system", "kube-public", "kube-node-lease" })
        {
            var ns = new JsonObject
            {
                ["apiVersion"] = "v1",
                ["kind"] = "Namespace",
                ["metadata"] = new JsonObject { ["name"] = name, ["labels"] = new JsonObject { ["kubernetes.io/metadata.name"] = name } },
            };
            writer.Commit(type, "", null, ns, new WriteOptions("kube-apiserver", false, "Strict", false), null, applied: false);
        }
    }
}
