using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Client.KubeConfig;

/// <summary>Parses one kubeconfig file (v1 YAML or JSON) and resolves its relative paths against the file's directory.</summary>
internal static class KubeConfigParser
{
    public static KubeConfigFile Parse(string text, string? origin)
    {
        JsonNode? root;
        try
        {
            root = YamlToJson.Parse(text, origin);
        }
        catch (Kurator.Sdk.Schema.Documents.DocParseException ex)
        {
            throw new KubeConfigException($"error loading config file \"{origin}\": line {ex.Line}: {ex.Reason}", ex);
        }
        var file = new KubeConfigFile();
        if (root is null) return file;
        if (root is not JsonObject doc) throw Shape(origin, "the top level", "a mapping (apiVersion, kind, clusters, users, contexts)", root);
        var dir = origin is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(origin))!;
        foreach (var (name, body) in Named(doc, "clusters", "cluster", origin)) file.Clusters.TryAdd(name, Cluster(body, dir, origin));
        foreach (var (name, body) in Named(doc, "users", "user", origin)) file.Users.TryAdd(name, User(body, dir, origin));
        foreach (var (name, body) in Named(doc, "contexts", "context", origin))
        {
            file.Contexts.TryAdd(name, new ContextInfo { Cluster = Str(body, "cluster") ?? "", User = Str(body, "user") ?? "", Namespace = Str(body, "namespace") });
        }
        file.CurrentContext = Str(doc, "current-context");
        return file;
    }

    /// <summary>
    /// The entries of a named list (<c>clusters</c>, <c>users</c>, <c>contexts</c>): each a mapping with a <c>name</c> and a
    /// mapping under <paramref name="key"/>. A list or entry of another shape is an error naming the file and the field,
    /// rather than an empty kubeconfig that later says "context not found".
    /// </summary>
    private static List<(string Name, JsonObject Body)> Named(JsonObject doc, string list, string key, string? origin)
    {
        var entries = new List<(string Name, JsonObject Body)>();
        var node = doc[list];
        if (node is null) return entries;
        if (node is not JsonArray array) throw Shape(origin, list, $"a list of {{name, {key}}} entries", node);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject entry) throw Shape(origin, $"{list}[{i}]", $"a mapping with name and {key}", array[i]);
            var name = Str(entry, "name");
            if (name is null) continue;
            var body = entry[key];
            if (body is not null and not JsonObject) throw Shape(origin, $"{list}[{i}].{key}", "a mapping", body);
            entries.Add((name, body as JsonObject ?? new JsonObject()));
        }

        return entries;
    }

    private static KubeConfigException Shape(string? origin, string field, string expected, JsonNode? found) =>
        new($"error loading config file \"{origin}\": {field}: expected {expected}, got {Kind(found)}");

    // The kind of value only: a kubeconfig holds tokens and keys, so the value itself is never quoted.
    private static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray => "a list",
        JsonObject => "a mapping",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "a scalar",
        },
        _ => "a value",
    };

    private static string? Str(JsonObject o, string key) => o[key] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        var other => other.ToJsonString(),
    };

    private static bool Bool(JsonObject o, string key) => o[key] is JsonValue v && (v.GetValueKind() == JsonValueKind.True || (v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() == "true"));

    private static byte[]? Data(JsonObject o, string key, string? origin)
    {
        var s = Str(o, key);
        if (string.IsNullOrEmpty(s)) return null;
        try
        {
            return Convert.FromBase64String(s);
        }
        catch (FormatException ex)
        {
            throw new KubeConfigException($"error loading config file \"{origin}\": {key} is not valid base64", ex);
        }
    }

    private static string? Resolve(string? path, string dir) =>
        string.IsNullOrEmpty(path) ? null : Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(dir, path));

    private static ClusterInfo Cluster(JsonObject c, string dir, string? origin) => new()
    {
        Server = Str(c, "server") ?? "",
        TlsServerName = Str(c, "tls-server-name"),
        InsecureSkipTlsVerify = Bool(c, "insecure-skip-tls-verify"),
        CertificateAuthority = Resolve(Str(c, "certificate-authority"), dir),
        CertificateAuthorityData = Data(c, "certificate-authority-data", origin),
        ProxyUrl = Str(c, "proxy-url"),
        DisableCompression = Bool(c, "disable-compression"),
        ExecExtension = (c["extensions"] as JsonArray)?.OfType<JsonObject>()
            .FirstOrDefault(e => Str(e, "name") == "client.authentication.k8s.io/exec")?["extension"]?.DeepClone(),
        Origin = origin,
    };

    private static UserInfo User(JsonObject u, string dir, string? origin)
    {
        var provider = u["auth-provider"] as JsonObject;
        var exec = u["exec"] as JsonObject;
        return new UserInfo
        {
            ClientCertificate = Resolve(Str(u, "client-certificate"), dir),
            ClientCertificateData = Data(u, "client-certificate-data", origin),
            ClientKey = Resolve(Str(u, "client-key"), dir),
            ClientKeyData = Data(u, "client-key-data", origin),
            Token = Str(u, "token"),
            TokenFile = Resolve(Str(u, "tokenFile"), dir),
            Username = Str(u, "username"),
            Password = Str(u, "password"),
            As = Str(u, "as"),
            AsUid = Str(u, "as-uid"),
            AsGroups = (u["as-groups"] as JsonArray)?.Select(g => g?.ToString() ?? "").ToList() ?? [],
            AsUserExtra = (u["as-user-extra"] as JsonObject)?.ToDictionary(
                p => p.Key,
                p => (IReadOnlyList<string>)((p.Value as JsonArray)?.Select(v => v?.ToString() ?? "").ToList() ?? [p.Value?.ToString() ?? ""])) ?? new Dictionary<string, IReadOnlyList<string>>(),
            AuthProviderName = provider is null ? null : Str(provider, "name"),
            AuthProviderConfig = (provider?["config"] as JsonObject)?.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? "") ?? new Dictionary<string, string>(),
            Exec = exec is null ? null : Exec(exec, dir),
            Origin = origin,
        };
    }

    private static ExecConfig Exec(JsonObject e, string dir)
    {
        var command = Str(e, "command") ?? "";
        // A bare command name is looked up on PATH; only paths with a separator are file references.
        if (command.Contains('/') || command.Contains(Path.DirectorySeparatorChar)) command = Resolve(command, dir)!;
        return new ExecConfig
        {
            ApiVersion = Str(e, "apiVersion") ?? "",
            Command = command,
            Args = (e["args"] as JsonArray)?.Select(a => a?.ToString() ?? "").ToList() ?? [],
            Env = (e["env"] as JsonArray)?.OfType<JsonObject>().Select(v => new KeyValuePair<string, string>(Str(v, "name") ?? "", Str(v, "value") ?? "")).ToList() ?? [],
            InstallHint = Str(e, "installHint"),
            ProvideClusterInfo = Bool(e, "provideClusterInfo"),
            InteractiveMode = Str(e, "interactiveMode"),
        };
    }
}
