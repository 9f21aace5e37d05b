using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kurator.Sdk.Testing.Emulator.Rest;

namespace Kurator.Sdk.Testing.Emulator.Storage;

/// <summary>
/// One emulated cluster's objects in a JSON file, so an emulated fleet can outlive the process that started it. Written
/// owner-only (it holds Secret data), replaced atomically; resourceVersions are stamped afresh when loaded.
/// </summary>
internal static class StateFile
{
    private const int Version = 1;

    public const string Extension = ".state.json";

    public static void Save(ClusterState state, string path)
    {
        var items = new JsonArray();
        foreach (var (group, plural, ns, obj) in state.Store.Everything())
        {
            items.Add(new JsonObject { ["group"] = group, ["plural"] = plural, ["namespace"] = ns, ["object"] = obj });
        }

        var text = new JsonObject { ["version"] = Version, ["objects"] = items }.ToJsonString();
        var temp = path + ".tmp";
        var create = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temp, create))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(text);
        }

        File.Move(temp, path, overwrite: true);
    }

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
