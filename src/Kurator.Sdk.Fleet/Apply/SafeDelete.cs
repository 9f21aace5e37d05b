using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Client.Errors;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>What a guarded delete did.</summary>
internal enum DeleteOutcome
{
    /// <summary>Deleted (or already gone).</summary>
    Deleted,

    /// <summary>No longer this set's (relabelled, taken over, or a copied label): left alone.</summary>
    LeftAlone,
}

/// <summary>
/// Deletes an object only while it is still this set's: ownership is checked on the listed object, and the delete carries
/// its uid and resourceVersion as preconditions, so an object changed in between (taken over, relabelled, replaced) is
/// read again and checked again instead of being deleted on the strength of an old list.
/// </summary>
internal static class SafeDelete
{
    // Controllers write status often; a few rounds let a busy object through without looping forever.
    private const int Attempts = 5;

    public static async Task<(DeleteOutcome Outcome, string? Owner)> DeleteAsync(KubeClient client, ApplySetIdentity set, LiveObject listed, string propagationPolicy, CancellationToken cancellationToken)
    {
        var r = listed.Ref;
        var current = listed;
        for (var attempt = 0; ; attempt++)
        {
            if (!Ownership.MayDelete(current, set))
            {
                if (current.IsDeleting && Ownership.PartOf(current) == set.Id) return (DeleteOutcome.Deleted, null);
                var ownership = Ownership.Of(current, set);
                return (DeleteOutcome.LeftAlone, ownership.IsOurs ? "labelled as a member, but not written by this ApplySet's field manager" : ownership.Owner);
            }

            var preconditions = new DeleteOptions
            {
                PropagationPolicy = propagationPolicy,
                PreconditionUid = LiveObject.Text(current.Metadata, "uid"),
                PreconditionResourceVersion = LiveObject.Text(current.Metadata, "resourceVersion"),
            };
            try
            {
                await client.DeleteAsync(r.ApiVersion, r.Kind, r.Name, r.Namespace, preconditions, cancellationToken);
                return (DeleteOutcome.Deleted, null);
            }
            catch (KubernetesNotFoundException)
            {
                return (DeleteOutcome.Deleted, null);
            }
            catch (KubernetesConflictException) when (attempt + 1 < Attempts)
            {
                // Changed since it was read: read it again and decide again.
                var fresh = await client.TryGetAsync(r.ApiVersion, r.Kind, r.Name, r.Namespace, cancellationToken);
                if (fresh is null) return (DeleteOutcome.Deleted, null);
                current = LiveObject.FromNode(fresh);
            }
        }
    }
}
