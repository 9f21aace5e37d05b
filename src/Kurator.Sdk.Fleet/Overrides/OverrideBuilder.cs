using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Json;

namespace Kurator.Sdk.Fleet.Overrides;

/// <summary>
/// The change an override makes, built from typed edits and helpers (replicas, image, env, resources) and raw JSON
/// patches. Each step runs on the result of the previous one.
/// </summary>
/// <typeparam name="T">The workload type.</typeparam>
public sealed class OverrideBuilder<T> where T : KubeObject
{
    private readonly List<Func<JsonObject, JsonObject>> _steps = new();

    /// <summary>A typed edit of the workload (run on a copy, never on the workload itself).</summary>
    public OverrideBuilder<T> Set(Action<T> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        _steps.Add(json => TypedEdit.Apply(json, edit));
        return this;
    }

    /// <summary>Sets <c>spec.replicas</c>.</summary>
    public OverrideBuilder<T> Replicas(int replicas)
    {
        if (replicas < 0) throw new ArgumentOutOfRangeException(nameof(replicas), "replicas cannot be negative");
        _steps.Add(json => Mutate(json, j => JsonPaths.Ensure(j, "spec")["replicas"] = replicas));
        return this;
    }

    /// <summary>
    /// Changes parts of the image of <paramref name="container"/> (every container when null): the registry host, the
    /// repository path and/or the tag; parts left null are kept.
    /// </summary>
    public OverrideBuilder<T> Image(string? registry = null, string? repository = null, string? tag = null, string? container = null)
    {
        if (registry is null && repository is null && tag is null) throw new ArgumentException("give a registry, a repository or a tag");
        _steps.Add(json => Mutate(json, j =>
        {
            foreach (var c in PodContainers.Select(j, container))
            {
                var image = ImageReference.Parse((string?)c["image"] ?? throw new JsonPatchException($"container {(string?)c["name"]} has no image"));
                if (registry is not null) image = image with { Registry = registry };
                if (repository is not null) image = image with { Repository = repository };
                if (tag is not null) image = image.WithTagOrDigest(tag);
                c["image"] = image.ToString();
            }
        }));
        return this;
    }

    /// <summary>Sets the environment variable <paramref name="name"/> of <paramref name="container"/> (every container when null).</summary>
    public OverrideBuilder<T> Env(string name, string value, string? container = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        _steps.Add(json => Mutate(json, j =>
        {
            foreach (var c in PodContainers.Select(j, container))
            {
                var env = c["env"] as JsonArray ?? (JsonArray)(c["env"] = new JsonArray());
                if (env.OfType<JsonObject>().FirstOrDefault(e => (string?)e["name"] == name) is { } existing)
                {
                    existing.Remove("valueFrom");
                    existing["value"] = value;
                }
                else
                {
                    env.Add(new JsonObject { ["name"] = name, ["value"] = value });
                }
            }
        }));
        return this;
    }

    /// <summary>Sets resource requests and/or limits (e.g. <c>cpu</c> = <c>500m</c>) of <paramref name="container"/> (every container when null).</summary>
    public OverrideBuilder<T> Resources(IReadOnlyDictionary<string, string>? requests = null, IReadOnlyDictionary<string, string>? limits = null, string? container = null)
    {
        if (requests is null && limits is null) throw new ArgumentException("give requests or limits");
        _steps.Add(json => Mutate(json, j =>
        {
            foreach (var c in PodContainers.Select(j, container))
            {
                var resources = JsonPaths.Ensure(c, "resources");
                foreach (var (section, values) in new[] { ("requests", requests), ("limits", limits) })
                {
                    if (values is null) continue;
                    var target = JsonPaths.Ensure(resources, section);
                    foreach (var (k, v) in values) target[k] = v;
                }
            }
        }));
        return this;
    }

    /// <summary>Raw RFC 6902 operations, for fields no helper covers.</summary>
    public OverrideBuilder<T> Patch(params JsonPatchOperation[] operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var ops = operations.ToList();
        _steps.Add(json => JsonPatch.Apply(json, ops) as JsonObject ?? throw new JsonPatchException("the patch does not leave an object"));
        return this;
    }

    /// <summary>The overridden object: every step run in order, starting from <paramref name="workload"/> (left as it is).</summary>
    internal JsonObject Apply(JsonObject workload)
    {
        var result = workload;
        foreach (var step in _steps) result = step(result);
        return ReferenceEquals(result, workload) ? (JsonObject)workload.DeepClone() : result;
    }

    private static JsonObject Mutate(JsonObject json, Action<JsonObject> edit)
    {
        var copy = (JsonObject)json.DeepClone();
        edit(copy);
        return copy;
    }
}
