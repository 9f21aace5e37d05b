using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Fleet.Model;

/// <summary>
/// The rules every <see cref="DeploymentPlan"/> keeps, whichever delivery target built it: each cluster is named once
/// (so no member shadows another or the host), there is at most one host, every object has an identity
/// (apiVersion, kind, metadata.name), and no cluster receives one object twice. Two definitions of one object would be
/// applied one over the other, so only the last would survive: that is refused, naming the cluster and the object.
/// </summary>
internal static class PlanInvariants
{
    /// <summary>Returns a copy of <paramref name="targets"/> when they keep the rules; throws <see cref="ArgumentException"/> naming what breaks them.</summary>
    /// <param name="appName">The app's name, for messages.</param>
    /// <param name="targets">The plan's targets.</param>
    public static IReadOnlyList<ClusterTarget> Check(string appName, IReadOnlyList<ClusterTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var copy = targets.ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var hosts = 0;
        foreach (var target in copy)
        {
            if (target is null) throw new ArgumentException($"plan {appName}: a target is null");
            if (string.IsNullOrWhiteSpace(target.Name)) throw new ArgumentException($"plan {appName}: a target has no name");
            if (!names.Add(target.Name)) throw new ArgumentException($"plan {appName}: cluster {target.Name} is named more than once");
            if (target.Role == TargetRole.Host && ++hosts > 1) throw new ArgumentException($"plan {appName}: {target.Name} is a second host; a plan has at most one");
            if (target.Objects is null) throw new ArgumentException($"plan {appName}: cluster {target.Name} has no object list");
            RejectDuplicates(target);
        }

        return Array.AsReadOnly(copy);
    }

    private static void RejectDuplicates(ClusterTarget target)
    {
        // Keyed by group (not version: one object is served in several versions), kind, namespace and name. A namespaced
        // object without a namespace lands in its context's namespace, which the plan does not know: it is keyed on its own.
        var seen = new Dictionary<string, ObjectRef>(StringComparer.Ordinal);
        for (var i = 0; i < target.Objects.Count; i++)
        {
            var obj = target.Objects[i] ?? throw new ArgumentException($"{target.Name}: object {i + 1} of its list is null");
            var r = Identity(target, obj, i);
            if (seen.TryGetValue(r.Key, out var first))
            {
                var versions = first.ApiVersion == r.ApiVersion ? "" : $" (as {first.ApiVersion} and {r.ApiVersion})";
                throw new ArgumentException($"{target.Name}: {r} is defined more than once{versions}; a cluster can receive each object only once");
            }

            seen[r.Key] = r;
        }
    }

    private static ObjectRef Identity(ClusterTarget target, JsonObject obj, int index)
    {
        try
        {
            return ObjectRef.Of(obj);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // InvalidOperationException: a field of the wrong JSON type (a number as kind, say).
            throw new ArgumentException($"{target.Name}: object {index + 1} of its list has no usable identity: {e.Message}", e);
        }
    }
}
