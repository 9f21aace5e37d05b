using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Client.Discovery;

/// <summary>
/// One server's cached discovery: the served resources and when they were read. Reading never fails (a missing, stale,
/// foreign or damaged file is no entry); writing is best effort, owner-only, and atomic (a temporary file renamed).
/// </summary>
public sealed class DiscoveryCacheFile
{
    private const int FormatVersion = 1;
    private readonly string _server;
    private readonly TimeSpan _ttl;

    internal DiscoveryCacheFile(string path, string server, TimeSpan ttl)
    {
        Path = path;
        _server = server;
        _ttl = ttl;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The cached resources, or null when there is no usable entry (absent, older than the TTL, another server's, damaged).</summary>
    public IReadOnlyList<ApiResource>? TryRead(DateTimeOffset now)
    {
        try
        {
            if (!File.Exists(Path)) return null;
            if (JsonNode.Parse(File.ReadAllBytes(Path)) is not JsonObject root) return null;
            if ((int?)root["version"] != FormatVersion || (string?)root["server"] != _server) return null;
            if (!DateTimeOffset.TryParse((string?)root["written"], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var written)) return null;
            if (written > now || now - written > _ttl) return null;
            return (root["resources"] as JsonArray ?? []).Select(Resource).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Records <paramref name="resources"/> as read at <paramref name="now"/>; a failure to write is ignored (the cache is only a hint).</summary>
    public void Write(IReadOnlyList<ApiResource> resources, DateTimeOffset now)
    {
        var root = new JsonObject
        {
            ["version"] = FormatVersion,
            ["server"] = _server,
            ["written"] = now.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            ["resources"] = new JsonArray(resources.Select(Node).ToArray<JsonNode?>()),
        };
        var temp = Path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            var directory = System.IO.Path.GetDirectoryName(Path)!;
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(directory);
            else Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            using (var stream = OperatingSystem.IsWindows()
                ? new FileStream(temp, FileMode.CreateNew, FileAccess.Write)
                : new FileStream(temp, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite }))
            using (var writer = new Utf8JsonWriter(stream))
            {
                root.WriteTo(writer);
            }

            File.Move(temp, Path, overwrite: true);
            RemoveExpired(directory, now);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the cache is only a hint.
            }
        }
    }

    /// <summary>Entries of other servers not written within the TTL would never be used again: they go.</summary>
    private void RemoveExpired(string directory, DateTimeOffset now)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*.json"))
        {
            try
            {
                if (now - File.GetLastWriteTimeUtc(file) > _ttl) File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another process may be replacing it: it is someone else's to clean.
            }
        }
    }

    private static JsonObject Node(ApiResource r) => new()
    {
        ["group"] = r.Group,
        ["version"] = r.Version,
        ["kind"] = r.Kind,
        ["plural"] = r.Plural,
        ["namespaced"] = r.Namespaced,
        ["verbs"] = Strings(r.Verbs),
        ["shortNames"] = Strings(r.ShortNames),
        ["subresources"] = Strings(r.Subresources),
    };

    private static JsonArray Strings(IReadOnlyList<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private static ApiResource Resource(JsonNode? node) => node is JsonObject o
        ? new(Text(o, "group"), Text(o, "version"), Text(o, "kind"), Text(o, "plural"), (bool?)o["namespaced"] ?? throw new FormatException("no namespaced"), List(o["verbs"]), List(o["shortNames"]), List(o["subresources"]))
        : throw new FormatException("a resource is not an object");

    private static string Text(JsonObject o, string field) => (string?)o[field] ?? throw new FormatException("no " + field);

    private static List<string> List(JsonNode? node) => (node as JsonArray ?? []).Select(v => (string?)v ?? throw new FormatException("a null string")).ToList();
}
