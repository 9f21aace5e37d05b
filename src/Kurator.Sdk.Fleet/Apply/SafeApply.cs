using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Client.Errors;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>
/// Applies one object under the ApplySet's ownership rules, for real or as a server-side dry run (so apply and diff
/// decide the same way):
/// <list type="bullet">
/// <item>absent: created;</item>
/// <item>present and not this set's (another ApplySet, kubectl, Helm, a controller): refused, naming the owner, unless
/// <c>ForceConflicts</c>, which takes it over;</item>
/// <item>this set's and already holding the definition: nothing sent;</item>
/// <item>this set's and different: applied; fields that out-of-band edits (update operations: kubectl edit/patch/label,
/// controllers) took are taken back, fields another applier declares are a conflict, reported as the server names it.</item>
/// </list>
/// </summary>
internal sealed class SafeApply(KubeClient client, ApplySetIdentity set, bool forceConflicts)
{
    public async Task<ApplyOutcome> ApplyAsync(DesiredObject desired, LiveObject? live, bool dryRun, CancellationToken cancellationToken)
    {
        var options = new ApplyOptions { FieldManager = set.FieldManager, DryRun = dryRun, Force = forceConflicts };
        if (live is null) return new ApplyOutcome(ApplyOutcomeKind.Created, await SendAsync(desired, live, options, cancellationToken));

        var ownership = Ownership.Of(live, set);
        if (!ownership.IsOurs)
        {
            if (!forceConflicts) throw new OwnershipConflictException($"exists and is not part of this ApplySet: owned by {ownership.Owner}; left unchanged ({OwnershipConflictException.Hint})");
            return new ApplyOutcome(ApplyOutcomeKind.TakenOver, await client.ApplyAsync(desired.Body, options, cancellationToken), ownership.Owner);
        }

        if (desired.IsUnchanged(live)) return new ApplyOutcome(ApplyOutcomeKind.Unchanged, live.Node);
        var drift = desired.DefinitionUnchanged(live) ? Drift.Find(desired.Body, live) ?? "metadata" : null;
        var result = await SendAsync(desired, live, options, cancellationToken);
        return drift is null ? new ApplyOutcome(ApplyOutcomeKind.Updated, result) : new ApplyOutcome(ApplyOutcomeKind.Drifted, result, drift);
    }

    private async Task<JsonObject> SendAsync(DesiredObject desired, LiveObject? live, ApplyOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await client.ApplyAsync(desired.Body, options, cancellationToken);
        }
        catch (KubernetesConflictException conflict) when (conflict.IsApplyConflict && !options.Force)
        {
            // Declared by another applier (another set, kubectl apply --server-side, a GitOps controller): theirs to keep.
            if (live is null || conflict.Causes.Any(c => c.Reason == "FieldManagerConflict" && DeclaredByApplier(c.Message, live)))
                throw new OwnershipConflictException(conflict.Message + " (" + OwnershipConflictException.Hint + ")");
            // Only taken by out-of-band updates: the definition wins, as it would on a GitOps controller's next sync.
            return await client.ApplyAsync(desired.Body, options with { Force = true }, cancellationToken);
        }
    }

    /// <summary>
    /// True when the conflict names a manager that applies (not one that updated the object by hand or from a controller):
    /// the server prints update managers as <c>"name" using v1</c>, and the live managedFields say how each one wrote.
    /// </summary>
    private static bool DeclaredByApplier(string causeMessage, LiveObject live)
    {
        if (causeMessage.Contains("\" using ", System.StringComparison.Ordinal)) return false;
        var first = causeMessage.IndexOf('"');
        var last = first < 0 ? -1 : causeMessage.IndexOf('"', first + 1);
        if (last <= first) return true;
        var name = causeMessage[(first + 1)..last];
        var entries = Ownership.Managers(live).Where(m => m.Name == name).ToList();
        return entries.Count == 0 || entries.Any(m => m.Operation == "Apply");
    }
}
