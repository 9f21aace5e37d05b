using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Targets;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>The fleet commands say once per cluster that its certificate is not verified, however many targets use it.</summary>
public sealed class ConnectionWarningTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kurator-conn-warn-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Insecure_skip_tls_verify_is_warned_once_for_all_targets_of_the_cluster()
    {
        var kubeconfig = Path.Combine(_dir, "config");
        File.WriteAllText(kubeconfig, """
            apiVersion: v1
            kind: Config
            clusters:
            - name: lab
              cluster: {server: "https://127.0.0.1:6443", insecure-skip-tls-verify: true}
            users:
            - name: admin
              user: {token: not-printed-token}
            contexts:
            - name: lab
              context: {cluster: lab, user: admin}
            current-context: lab
            """);
        var warnings = new StringWriter();
        var members = new Dictionary<string, string> { ["m1"] = "lab", ["m2"] = "lab" };
        using var connections = new ClusterConnections(kubeconfig, "lab", members) { Warnings = warnings };

        foreach (var (name, role) in new[] { ("host", TargetRole.Host), ("m1", TargetRole.Member), ("m2", TargetRole.Member) })
        {
            connections.ClientFor(new ClusterTarget(name, role, new List<JsonObject>()));
        }

        Assert.Equal(
            ["warning: cluster \"lab\" (https://127.0.0.1:6443): insecure-skip-tls-verify is set: the server's certificate is not verified, so anyone on the path can impersonate it"],
            warnings.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
