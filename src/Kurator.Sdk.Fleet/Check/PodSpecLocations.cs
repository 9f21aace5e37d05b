using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Kubernetes.Meta.V1;
using Kurator.Sdk.Policy.Locators;

namespace Kurator.Sdk.Fleet.Check;

/// <summary>
/// Where pod specs live in every registered kind, derived from the generated type graph as the analyzers find them
/// (every property whose type is the core <see cref="PodSpec"/>), so a CRD that embeds one (Volcano CronJob's
/// <c>spec.jobTemplate.spec.tasks[*].template</c>, JobTemplate ...) is checked without a hand-written entry.
/// A pod spec next to an <see cref="ObjectMeta"/> <c>metadata</c> (a PodTemplateSpec, or a Pod) is registered as a pod
/// template, so pod annotations are read too. Whole objects embedded in a kind (<see cref="EmbeddedResource"/>: an OCM
/// ManifestWork's manifests) are followed, and their pod specs found by their own kind.
/// </summary>
public static class PodSpecLocations
{
    // Real CRDs nest 20-30 levels; deeper paths are not followed (recursive schemas end there too).
    private const int MaxDepth = 40;

    private static readonly ConditionalWeakTable<KubeTypeRegistry, Cached> Cache = new();

    /// <summary>
    /// A locator with the built-in locations (<see cref="PodSpecLocator.CreateBuiltIn"/>) plus every pod spec path of the
    /// kinds in <paramref name="registry"/>; rebuilt when kinds were registered since the last call.
    /// </summary>
    public static PodSpecLocator For(KubeTypeRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var kinds = registry.Kinds;
        lock (Cache)
        {
            if (Cache.TryGetValue(registry, out var cached) && cached.KindCount == kinds.Count)
            {
                return cached.Locator;
            }

            var locator = PodSpecLocator.CreateBuiltIn();
            var finder = new Finder();
            foreach (var kind in kinds.Where(k => k.IsResource))
            {
                foreach (var site in finder.Sites(kind.ClrType))
                {
                    switch (site.Kind)
                    {
                        case SiteKind.Template:
                            locator.AddTemplate(kind.ApiVersion, kind.Kind, site.Path);
                            break;
                        case SiteKind.PodSpec:
                            locator.AddPodSpec(kind.ApiVersion, kind.Kind, site.Path);
                            break;
                        default:
                            locator.AddEmbeddedObject(kind.ApiVersion, kind.Kind, site.Path);
                            break;
                    }
                }
            }

            Cache.AddOrUpdate(registry, new Cached(kinds.Count, locator));
            return locator;
        }
    }

    /// <summary>The pod spec paths in objects of <paramref name="type"/> (a generated kind or model class); Template marks a pod template.</summary>
    public static IReadOnlyList<(string Path, bool Template)> Find(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new Finder().Sites(type).Where(s => s.Kind != SiteKind.EmbeddedObject).Select(s => (s.Path, s.Kind == SiteKind.Template)).ToList();
    }

    private sealed record Cached(int KindCount, PodSpecLocator Locator);

    private enum SiteKind
    {
        PodSpec,
        Template,
        EmbeddedObject,
    }

    private sealed record Site(string Path, SiteKind Kind);

    /// <summary>Walks generated classes through their <see cref="KubePropertyAttribute"/> properties; memoized per type.</summary>
    private sealed class Finder
    {
        // The collections generated properties hold (List, Dictionary) and their interfaces: maps give their values, lists their items.
        private static readonly Type[] Maps = [typeof(Dictionary<,>), typeof(IDictionary<,>), typeof(IReadOnlyDictionary<,>)];
        private static readonly Type[] Lists = [typeof(List<>), typeof(IList<>), typeof(IReadOnlyList<>), typeof(ICollection<>), typeof(IReadOnlyCollection<>), typeof(IEnumerable<>)];

        private readonly Dictionary<Type, List<Site>> _memo = new();
        private readonly HashSet<Type> _walking = new();

        public List<Site> Sites(Type type) => Walk(type, 0).Sites;

        /// <summary>The sites under <paramref name="type"/>; Complete is false when a recursive type cut the walk short.</summary>
        // Trim- and AOT-safe although the type comes from a registry or a property: only KubeModel types are walked
        // (checked first), and KubeModel's [DynamicallyAccessedMembers(PublicProperties)] keeps the public properties of
        // every type derived from it, which is all GetProperties needs here.
        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Only KubeModel types are walked; KubeModel's DynamicallyAccessedMembers(PublicProperties) annotation keeps their public properties.")]
        private (List<Site> Sites, bool Complete) Walk(Type type, int depth)
        {
            if (_memo.TryGetValue(type, out var known))
            {
                return (known, true);
            }

            var sites = new List<Site>();
            if (!typeof(KubeModel).IsAssignableFrom(type))
            {
                return (sites, true);
            }

            // A type already on the walk is a recursive schema: the outer walk of that type finds what it holds.
            if (depth > MaxDepth || !_walking.Add(type))
            {
                return (sites, false);
            }

            var complete = true;
            // A kind's metadata is KubeObject.Metadata, declared on the base class without a wire attribute.
            var hasPodMetadata = typeof(KubeObject).IsAssignableFrom(type);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var wire = property.GetCustomAttribute<KubePropertyAttribute>();
                if (wire is null || wire.JsonName.IndexOfAny(new[] { '.', '[', ']', '*' }) >= 0)
                {
                    continue;
                }

                var (element, suffix) = Element(property.PropertyType);
                if (element == typeof(ObjectMeta) && wire.JsonName == "metadata")
                {
                    hasPodMetadata = true;
                }

                var path = wire.JsonName + suffix;
                if (element == typeof(PodSpec))
                {
                    sites.Add(new Site(path, SiteKind.PodSpec));
                }
                else if (element == typeof(EmbeddedResource))
                {
                    // A whole object (OCM ManifestWork manifests): its pod specs are found by its own kind.
                    sites.Add(new Site(path, SiteKind.EmbeddedObject));
                }
                else if (typeof(KubeModel).IsAssignableFrom(element) && element != typeof(ObjectMeta))
                {
                    var inner = Walk(element, depth + 1);
                    complete &= inner.Complete;
                    sites.AddRange(inner.Sites.Select(s => new Site(path + (s.Path.Length == 0 || s.Path[0] == '[' ? "" : ".") + s.Path, s.Kind)));
                }
            }

            // spec: PodSpec beside metadata: ObjectMeta is a pod template (PodTemplateSpec, Pod): its annotations count.
            if (hasPodMetadata)
            {
                for (var i = 0; i < sites.Count; i++)
                {
                    if (sites[i].Kind == SiteKind.PodSpec && sites[i].Path == "spec")
                    {
                        sites[i] = new Site(string.Empty, SiteKind.Template);
                    }
                }
            }

            _walking.Remove(type);
            // Only a full answer is reused: one cut short by recursion is right for this walk, not for another.
            if (complete)
            {
                _memo[type] = sites;
            }

            return (sites, complete);
        }

        /// <summary>The model type a property holds and the path suffix that reaches it (<c>[*]</c> per list, <c>.*</c> per map).</summary>
        /// <remarks>
        /// Generated properties hold <c>List&lt;T&gt;</c> and <c>Dictionary&lt;string, T&gt;</c>; the collection is told by its
        /// generic definition (no GetInterfaces, whose metadata a Native AOT program may not keep).
        /// </remarks>
        private static (Type Element, string Suffix) Element(Type type)
        {
            var suffix = string.Empty;
            for (var guard = 0; guard < 4; guard++)
            {
                type = Nullable.GetUnderlyingType(type) ?? type;
                if (type.IsArray && type != typeof(byte[]))
                {
                    type = type.GetElementType()!;
                    suffix += "[*]";
                    continue;
                }

                if (!type.IsGenericType)
                {
                    return (type, suffix);
                }

                var definition = type.GetGenericTypeDefinition();
                if (Maps.Contains(definition))
                {
                    type = type.GetGenericArguments()[1];
                    suffix += ".*";
                }
                else if (Lists.Contains(definition))
                {
                    type = type.GetGenericArguments()[0];
                    suffix += "[*]";
                }
                else
                {
                    return (type, suffix);
                }
            }

            return (type, suffix);
        }
    }
}
