using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>
/// The member clusters that may hold the app's objects, recorded on the host's ApplySet parent (annotation
/// <c>sdk.kurator.dev/members</c>, under its own field manager), so a member that leaves the plan is still visited and
/// pruned. It is widened before members are applied and narrowed once departed members are empty.
/// </summary>
internal sealed class MemberRecord(KubeClient host, ApplySetIdentity set)
{
    public const string Annotation = "sdk.kurator.dev/members";

    private const string FieldManager = "kurator-sdk-members";

    /// <summary>The recorded member names (empty when the app never ran on this host).</summary>
    public async Task<SortedSet<string>> ReadAsync(CancellationToken cancellationToken)
    {
        var live = await set.ReadParentAsync(host, cancellationToken);
        return ApplySetIdentity.SplitList((string?)live?["metadata"]?["annotations"]?[Annotation]);
    }

    /// <summary>The recorded members that <paramref name="plan"/> no longer names.</summary>
    public static IEnumerable<string> Departed(Model.DeploymentPlan plan, IEnumerable<string> recorded)
    {
        var names = plan.Targets.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        return recorded.Where(n => !names.Contains(n)).ToList();
    }

    /// <summary>Records exactly <paramref name="members"/>, unless that is already what <paramref name="recorded"/> says.</summary>
    public async Task WriteAsync(IReadOnlySet<string> recorded, IEnumerable<string> members, CancellationToken cancellationToken)
    {
        var next = new SortedSet<string>(members, StringComparer.Ordinal);
        if (next.SetEquals(recorded)) return;
        var parent = set.ParentSecret(new JsonObject { [Annotation] = string.Join(",", next) });
        await host.ApplyAsync(parent, new ApplyOptions { FieldManager = FieldManager, Force = true }, cancellationToken);
    }
}
