using System;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Readiness;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>
/// Asks a Flux object to reconcile now: the <c>reconcile.fluxcd.io/requestedAt</c> annotation set to the current time, as
/// <c>flux reconcile</c> does. It is applied by its own field manager, so the app's applied configuration (and its digest)
/// stays as it was and the next apply neither removes nor re-sends it.
/// </summary>
internal static class ReconcileRequest
{
    public const string FieldManager = "kurator-sdk-reconcile";

    /// <summary>Sets the annotation; returns the object as it now is (readiness waits until its <c>status.lastHandledReconcileAt</c> equals the annotation).</summary>
    public static async Task<JsonObject> SendAsync(KubeClient client, ObjectRef target, CancellationToken cancellationToken)
    {
        // RFC 3339 with sub-second digits, so two requests in the same second still differ.
        var requestedAt = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        var metadata = new JsonObject { ["name"] = target.Name, ["annotations"] = new JsonObject { [FluxRules.RequestedAtAnnotation] = requestedAt } };
        if (target.Namespace is not null) metadata["namespace"] = target.Namespace;
        var body = new JsonObject { ["apiVersion"] = target.ApiVersion, ["kind"] = target.Kind, ["metadata"] = metadata };
        // Force: each request replaces the previous one's value, whoever wrote it.
        return await client.ApplyAsync(body, new ApplyOptions { FieldManager = FieldManager, Force = true }, cancellationToken);
    }
}
