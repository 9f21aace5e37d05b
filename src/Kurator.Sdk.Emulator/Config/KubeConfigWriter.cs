using System;
using System.Collections.Generic;
using System.Text;

namespace Kurator.Sdk.Emulator.Config;

/// <summary>Writes a kubeconfig with one cluster, admin user and context per emulated cluster.</summary>
internal static class KubeConfigWriter
{
    public static string Write(IReadOnlyList<EmulatedCluster> clusters)
    {
        var sb = new StringBuilder();
        sb.Append("apiVersion: v1\nkind: Config\nclusters:\n");
        foreach (var c in clusters)
        {
            sb.Append($"- name: {c.Name}\n  cluster:\n    server: {c.Server.GetLeftPart(UriPartial.Authority)}\n");
            sb.Append($"    certificate-authority-data: {Convert.ToBase64String(Encoding.ASCII.GetBytes(c.CertificateAuthorityPem))}\n");
        }
        sb.Append("users:\n");
        foreach (var c in clusters) sb.Append($"- name: {c.Name}-admin\n  user:\n    token: {c.AdminToken}\n");
        sb.Append("contexts:\n");
        foreach (var c in clusters) sb.Append($"- name: {c.Name}\n  context:\n    cluster: {c.Name}\n    user: {c.Name}-admin\n    namespace: default\n");
        if (clusters.Count > 0) sb.Append($"current-context: {clusters[0].Name}\n");
        sb.Append("preferences: {}\n");
        return sb.ToString();
    }
}
