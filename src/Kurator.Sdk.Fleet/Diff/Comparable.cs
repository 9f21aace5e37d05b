using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Fleet.Diff;

/// <summary>
/// The form in which live and dry-run objects are compared and shown: fields the server maintains (resourceVersion,
/// managedFields, status ...) removed, and Secret values replaced by a keyed tag, so a diff shows that a value
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
            // The digest covers the values too; showing it would let a guessed value be confirmed.
            if (copy["metadata"]?["annotations"] is JsonObject annotations && annotations.ContainsKey(Apply.DesiredObject.DigestAnnotation))
            {
                annotations[Apply.DesiredObject.DigestAnnotation] = "<hidden>";
            }

            foreach (var field in new[] { "data", "stringData" })
            {
                if (copy[field] is not JsonObject values) continue;
                foreach (var key in values.Select(kv => kv.Key).ToList()) values[key] = Mask(values[key]);
            }
        }

        return KubeYaml.Serialize(copy);
    }

    // Keyed per process: equal values show equal tags within one diff, but a tag cannot be checked against a guess later.
    private static readonly byte[] TagKey = RandomNumberGenerator.GetBytes(32);

    private static string Mask(JsonNode? value)
    {
        var tag = HMACSHA256.HashData(TagKey, Encoding.UTF8.GetBytes(value?.ToJsonString() ?? ""));
        return "<hidden, tag " + Convert.ToHexStringLower(tag)[..8] + ">";
    }
}
