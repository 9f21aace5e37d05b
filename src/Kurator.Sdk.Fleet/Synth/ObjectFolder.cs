using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Fleet.Synth;

/// <summary>
/// The one layout of a folder of objects, used for every cluster folder <c>synth</c> writes and for the kurator target's
/// GitOps directory: one YAML file per object, named <c>&lt;kind&gt;[_&lt;namespace&gt;]_&lt;name&gt;.yaml</c> so names
/// stay the same from run to run and diff well, in apply order, and optionally a <c>kustomization.yaml</c> listing them in
/// that order (what a Flux Kustomization or a Kurator Application pulls).
/// </summary>
internal static class ObjectFolder
{
    /// <summary>The name of the kustomize file listing a folder's objects.</summary>
    public const string KustomizationFile = "kustomization.yaml";

    /// <summary>The folder's files, in apply order (the kustomization last): file name and content.</summary>
    public static IReadOnlyList<(string Name, string Content)> Files(IEnumerable<JsonObject> objects, bool kustomization)
    {
        var ordered = ApplyOrder.ForApply(objects.ToList(), ObjectRef.Of).Select(o => (Object: o, Ref: ObjectRef.Of(o))).ToList();
        // Kinds of different groups may share a file name (Kurator's and KubeVela's Application): those say their group,
        // so neither overwrites the other.
        var shared = ordered.GroupBy(x => FileName(x.Ref, qualified: false), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var files = new List<(string Name, string Content)>();
        var taken = new Dictionary<string, ObjectRef>(StringComparer.Ordinal);
        foreach (var (obj, r) in ordered)
        {
            var name = FileName(r, qualified: shared.Contains(FileName(r, qualified: false)));
            if (!taken.TryAdd(name, r)) throw new ArgumentException($"{taken[name]} and {r} would both be written to {name}: an object may be defined only once per folder");
            files.Add((name, KubeYaml.Serialize(obj)));
        }

        if (kustomization)
        {
            var resources = string.Concat(files.Select(f => "- " + f.Name + "\n"));
            files.Add((KustomizationFile, "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n" + resources));
        }

        return files;
    }

    /// <summary>The stable file name of an object; <paramref name="qualified"/> adds the API group to the kind (<c>application.core.oam.dev_...</c>).</summary>
    public static string FileName(ObjectRef r, bool qualified)
    {
        var kind = qualified && r.Group.Length > 0 ? r.Kind + "." + r.Group : r.Kind;
        var parts = r.Namespace is null ? new[] { kind, r.Name } : new[] { kind, r.Namespace, r.Name };
        return string.Join("_", parts.Select(p => p.ToLowerInvariant().Replace(':', '-'))) + ".yaml";
    }
}
