using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Rest;

namespace Kurator.Sdk.Emulator.Storage;

/// <summary>
/// One emulated cluster's objects in a JSON file, so an emulated fleet can outlive the process that started it. Written
/// owner-only (it holds Secret data), replaced atomically (see <see cref="Prepare"/>); resourceVersions are stamped afresh when loaded.
/// </summary>
internal static class StateFile
{
    private const int Version = 1;

    public const string Extension = ".state.json";

    /// <summary>The suffix of a state file being written; such a file is never loaded.</summary>
    public const string TempSuffix = ".tmp";

    /// <summary>
    /// Writes the cluster's objects next to <paramref name="path"/> (flushed to disk) and returns that temporary file;
    /// <see cref="Commit"/> then puts it in place. Apart so a caller can write every cluster before replacing any: a
    /// process ended while writing leaves the previous state files whole.
    /// </summary>
    public static string Prepare(ClusterState state, string path)
    {
        var items = new JsonArray();
        foreach (var (group, plural, ns, obj) in state.Store.Everything())
        {
            items.Add(new JsonObject { ["group"] = group, ["plural"] = plural, ["namespace"] = ns, ["object"] = obj });
        }

        var text = new JsonObject { ["version"] = Version, ["objects"] = items }.ToJsonString();
        var temp = path + TempSuffix;
        // A temp file left by a process killed while writing may have other permissions: start afresh.
        File.Delete(temp);
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temp, create))
        {
            using (var writer = new StreamWriter(stream, leaveOpen: true))
            {
                writer.Write(text);
            }

            stream.Flush(flushToDisk: true);
        }

        return temp;
    }

    /// <summary>Replaces <paramref name="path"/> with the file <see cref="Prepare"/> wrote (a rename, atomic on one file system).</summary>
    public static void Commit(string temp, string path) => File.Move(temp, path, overwrite: true);

    /// <summary>Loads a saved cluster into a fresh one: CRDs register their kinds, then every object is stored as it was.</summary>
    /// <exception cref="InvalidDataException">The file is not a state file of this version.</exception>
    public static void Load(ClusterState state, string path)
    {
        JsonObject doc;
        try
        {
            doc = JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException("empty");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or InvalidDataException)
        {
            throw new InvalidDataException($"{path}: not an emulator state file ({e.Message}); delete it to start empty", e);
        }

        if ((int?)doc["version"] != Version || doc["objects"] is not JsonArray objects)
            throw new InvalidDataException($"{path}: unsupported emulator state (version {doc["version"]?.ToJsonString() ?? "none"}, expected {Version}); delete it to start empty");
        var entries = new List<(string Group, string Plural, string Namespace, JsonObject Object)>();
        for (var i = 0; i < objects.Count; i++)
        {
            if (objects[i] is not JsonObject e || (string?)e["group"] is not { } g || (string?)e["plural"] is not { } p || (string?)e["namespace"] is not { } ns || e["object"] is not JsonObject o)
                throw new InvalidDataException($"{path}: objects[{i}] needs group, plural, namespace and object");
            entries.Add((g, p, ns, o));
        }

        foreach (var crd in entries.Where(e => e.Group == "apiextensions.k8s.io" && e.Plural == "customresourcedefinitions")) state.Registry.Register(crd.Object);
        foreach (var (group, plural, ns, obj) in entries) state.Store.Put(group, plural, ns, obj, created: true);
    }
}
