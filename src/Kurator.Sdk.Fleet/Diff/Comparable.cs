using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Synth;

namespace Kurator.Sdk.Fleet.Diff;

/// <summary>
/// The form in which live and dry-run objects are compared and shown: fields the server maintains (resourceVersion,
/// managedFields, status ...) removed, and Secret values replaced by a short digest, so a diff shows that a value
/// changed without ever printing it.
/// </summary>
internal static class Comparable
{
    private static readonly string[] ServerMetadata = ["managedFields", "resourceVersion", "uid", "creationTimestamp", "generation", "selfLink"];

    public static string Yaml(JsonObject obj)
    {
        var copy = (JsonObject)obj.DeepClone();
        copy.Remove("status");
        if (copy["metadata"] is JsonObject metadata)
        {
            foreach (var field in ServerMetadata) metadata.Remove(field);
        }

        if ((string?)copy["kind"] == "Secret" && (string?)copy["apiVersion"] == "v1")
        {
            foreach (var field in new[] { "data", "stringData" })
            {
                if (copy[field] is not JsonObject values) continue;
                foreach (var key in values.Select(kv => kv.Key).ToList()) values[key] = Mask(values[key]);
            }
        }

        return JsonYaml.Write(copy);
    }

    private static string Mask(JsonNode? value)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(value?.ToJsonString() ?? ""));
        return "<hidden, sha256:" + Convert.ToHexStringLower(hash)[..12] + ">";
    }
}
