using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Kurator.Sdk.Client;
using Kurator.Sdk.Client.Connection;
using Kurator.Sdk.Client.KubeConfig;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Targets;

/// <summary>
/// A member's connection from its AttachedCluster's kubeconfig Secret, as Kurator itself reaches members: the Secret the
/// app defines (so a first apply needs no ordering), otherwise the one stored on the host.
/// </summary>
internal static class AttachedClusterKubeconfig
{
    public static ConnectionSettings Resolve(DeploymentPlan plan, string member, Func<KubeClient> host)
    {
        var attached = plan.Host.Objects.FirstOrDefault(o => (string?)o["kind"] == "AttachedCluster" && (string?)o["metadata"]?["name"] == member)
            ?? throw new InvalidOperationException($"member {member}: the app defines no AttachedCluster of that name, so no kubeconfig Secret is known");
        var ns = (string?)attached["metadata"]?["namespace"] ?? "default";
        var secretName = (string?)attached["spec"]?["kubeconfig"]?["name"] ?? throw new InvalidOperationException($"AttachedCluster {ns}/{member} has no spec.kubeconfig.name");
        // Flux's default key when none is given.
        var key = (string?)attached["spec"]?["kubeconfig"]?["key"] ?? "value";
        var secret = plan.Host.Objects.FirstOrDefault(o => (string?)o["kind"] == "Secret" && (string?)o["metadata"]?["name"] == secretName && ((string?)o["metadata"]?["namespace"] ?? "default") == ns)
            ?? host().GetAsync("v1", "Secret", secretName, ns).GetAwaiter().GetResult();
        var text = Value(secret, key) ?? throw new InvalidOperationException($"Secret {ns}/{secretName} has no key {key}");
        // The origin names the Secret, never its content, in any error about it.
        return ConnectionSettings.FromKubeConfig(KubeConfigLoader.Parse(text, $"secret {ns}/{secretName}"));
    }

    private static string? Value(JsonObject secret, string key)
    {
        if ((string?)secret["stringData"]?[key] is { } plain) return plain;
        return (string?)secret["data"]?[key] is { } encoded ? Encoding.UTF8.GetString(Convert.FromBase64String(encoded)) : null;
    }
}
