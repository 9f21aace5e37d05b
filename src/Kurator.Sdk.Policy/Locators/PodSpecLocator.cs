using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kurator.Sdk.Policy.Engine;
using Kurator.Sdk.Policy.Evaluation;

namespace Kurator.Sdk.Policy.Locators;

/// <summary>
/// Where pod specs live, per API group and kind: an extensible registry. Built in: Pod, PodTemplate,
/// ReplicationController, Deployment, StatefulSet, DaemonSet, ReplicaSet (apps and extensions), Job, CronJob and Volcano Job.
/// Paths may use <c>[*]</c> for lists (Volcano: <c>spec.tasks[*].template</c>).
/// </summary>
public sealed class PodSpecLocator
{
    // Objects embedded in embedded objects are followed this deep (real manifests embed one level).
    private const int MaxEmbeddingDepth = 4;

    private static readonly Regex CoreVersion = new Regex("^v[0-9]+((alpha|beta)[0-9]*)?$", RegexOptions.CultureInvariant);

    private readonly object _gate = new object();

    private readonly Dictionary<(string Group, string Kind), List<Location>> _locations = new();

    // Read for every object checked, from many threads; written when kinds register (rarely, in bulk): readers take a
    // snapshot without a lock, each kind's locations in resolution order; a registration drops it, the next read rebuilds.
    private volatile Dictionary<(string Group, string Kind), Location[]>? _snapshot;

    /// <summary>The shared registry the evaluator uses by default.</summary>
    public static PodSpecLocator Default { get; } = CreateBuiltIn();

    /// <summary>A registry with the built-in Kubernetes and Volcano locations only.</summary>
    public static PodSpecLocator CreateBuiltIn()
    {
        var locator = new PodSpecLocator();
        locator.AddTemplate("", "Pod", "");
        locator.AddTemplate("", "PodTemplate", "template");
        locator.AddTemplate("", "ReplicationController", "spec.template");
        foreach (var kind in new[] { "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet" })
        {
            locator.AddTemplate("apps", kind, "spec.template");
        }

        // Pre-1.16 manifests still in circulation.
        foreach (var kind in new[] { "Deployment", "DaemonSet", "ReplicaSet" })
        {
            locator.AddTemplate("extensions", kind, "spec.template");
        }

        locator.AddTemplate("batch", "Job", "spec.template");
        locator.AddTemplate("batch", "CronJob", "spec.jobTemplate.spec.template");
        locator.AddTemplate("batch.volcano.sh", "Job", "spec.tasks[*].template");
        return locator;
    }

    /// <summary>
    /// Registers, in <see cref="Default"/>, the paths of pod templates (objects with <c>metadata</c> and <c>spec</c>,
    /// like a PodTemplateSpec; <c>""</c> for the object itself) inside objects of a kind.
    /// </summary>
    /// <param name="apiVersionPrefixOrGroup">An API group (<c>apps</c>, <c>""</c> for core), or an apiVersion (<c>apps/v1</c>, <c>v1</c>).</param>
    /// <param name="kind">The kind, e.g. <c>Deployment</c>.</param>
    /// <param name="podTemplatePaths">Paths of the pod templates, e.g. <c>spec.template</c>.</param>
    public static void Register(string apiVersionPrefixOrGroup, string kind, params string[] podTemplatePaths)
        => Default.AddTemplate(apiVersionPrefixOrGroup, kind, podTemplatePaths);

    /// <summary>Registers pod template paths for a kind in this registry (see <see cref="Register"/>).</summary>
    public void AddTemplate(string apiVersionPrefixOrGroup, string kind, params string[] podTemplatePaths)
        => Add(apiVersionPrefixOrGroup, kind, podTemplatePaths, LocationKind.Template);

    /// <summary>Registers paths of bare pod specs (no pod metadata next to them) for a kind in this registry.</summary>
    public void AddPodSpec(string apiVersionPrefixOrGroup, string kind, params string[] podSpecPaths)
        => Add(apiVersionPrefixOrGroup, kind, podSpecPaths, LocationKind.PodSpec);

    /// <summary>
    /// Registers paths of whole objects embedded in objects of a kind (an OCM ManifestWork's
    /// <c>spec.workload.manifests[*]</c>): the pod specs of each embedded object, found by its own apiVersion and kind,
    /// are located too, with paths from the outer object.
    /// </summary>
    public void AddEmbeddedObject(string apiVersionPrefixOrGroup, string kind, params string[] objectPaths)
        => Add(apiVersionPrefixOrGroup, kind, objectPaths, LocationKind.EmbeddedObject);

    /// <summary>True when pod spec paths are registered for this apiVersion (or group) and kind.</summary>
    public bool IsRegistered(string apiVersionPrefixOrGroup, string kind)
    {
        return Snapshot().ContainsKey((GroupOf(apiVersionPrefixOrGroup), kind));
    }

    /// <summary>The pod specs in <paramref name="obj"/>, found by its <c>apiVersion</c> and <c>kind</c>; empty for other kinds.</summary>
    public IReadOnlyList<PodSpecSite> Locate(JsonObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var sites = new List<PodSpecSite>();
        Locate(obj, string.Empty, 0, sites);
        return sites;
    }

    private void Locate(JsonObject obj, string prefix, int depth, List<PodSpecSite> sites)
    {
        var apiVersion = obj["apiVersion"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? obj["apiVersion"]!.GetValue<string>() : string.Empty;
        var kind = obj["kind"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? obj["kind"]!.GetValue<string>() : string.Empty;
        if (!Snapshot().TryGetValue((GroupOf(apiVersion), kind), out var found))
        {
            return;
        }

        // Two registrations can reach one pod spec (a template path and its bare spec path): it is checked once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var location in found)
        {
            foreach (var match in PathWalker.Resolve(new JsonPolicyNode(obj), RulePath.Parse(location.Path)))
            {
                if (match.Node?.Json is not JsonObject holder)
                {
                    continue;
                }

                var path = FieldPath.Join(prefix, match.Path);
                switch (location.Kind)
                {
                    case LocationKind.EmbeddedObject when depth < MaxEmbeddingDepth:
                        Locate(holder, path, depth + 1, sites);
                        break;
                    case LocationKind.PodSpec when seen.Add(path):
                        sites.Add(new PodSpecSite(holder, path, null, path));
                        break;
                    case LocationKind.Template when holder["spec"] is JsonObject spec && seen.Add(FieldPath.Property(path, "spec")):
                        sites.Add(new PodSpecSite(spec, FieldPath.Property(path, "spec"), holder["metadata"] as JsonObject, FieldPath.Property(path, "metadata")));
                        break;
                }
            }
        }
    }

    /// <summary>The API group of an apiVersion or group: <c>apps/v1</c> to <c>apps</c>, <c>v1</c> to <c>""</c> (core).</summary>
    public static string GroupOf(string apiVersionPrefixOrGroup)
    {
        var text = (apiVersionPrefixOrGroup ?? string.Empty).Trim();
        var slash = text.IndexOf('/');
        if (slash >= 0)
        {
            return text.Substring(0, slash);
        }

        return text == "v1" || CoreVersion.IsMatch(text) ? string.Empty : text;
    }

    private void Add(string apiVersionPrefixOrGroup, string kind, string[] paths, LocationKind locationKind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(paths);
        var key = (GroupOf(apiVersionPrefixOrGroup), kind);
        lock (_gate)
        {
            if (!_locations.TryGetValue(key, out var list))
            {
                list = new List<Location>();
                _locations.Add(key, list);
            }

            foreach (var path in paths)
            {
                RulePath.Parse(path); // fail early on a malformed path
                if (!list.Exists(l => l.Path == path && l.Kind == locationKind))
                {
                    list.Add(new Location(path, locationKind));
                }
            }

            _snapshot = null;
        }
    }

    private Dictionary<(string Group, string Kind), Location[]> Snapshot()
    {
        if (_snapshot is { } current)
        {
            return current;
        }

        lock (_gate)
        {
            // Templates first: where a template and a bare spec path meet, the pod metadata is kept (a stable sort).
            return _snapshot ??= _locations.ToDictionary(e => e.Key, e => e.Value.OrderBy(l => l.Kind).ToArray());
        }
    }

    /// <summary>What a registered path leads to; the order is the order locations are resolved in.</summary>
    private enum LocationKind
    {
        Template,
        PodSpec,
        EmbeddedObject,
    }

    private sealed record Location(string Path, LocationKind Kind);
}
