using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using static Kurator.Sdk.Fleet.Readiness.JsonStatus;

namespace Kurator.Sdk.Fleet.Readiness;

/// <summary>
/// Flux objects are kstatus-compatible (observedGeneration, Ready/Reconciling/Stalled), with two stricter checks Flux
/// tooling uses: a requested reconciliation (<c>reconcile.fluxcd.io/requestedAt</c>) counts only once
/// <c>status.lastHandledReconcileAt</c> equals it, and Ready=False with a reason that no retry can mend is Failed at once
/// instead of in progress until the timeout.
/// </summary>
internal static class FluxRules
{
    /// <summary>The annotation <c>flux reconcile</c> sets to ask for a reconciliation now.</summary>
    public const string RequestedAtAnnotation = "reconcile.fluxcd.io/requestedAt";

    /// <summary>
    /// Reasons Flux controllers give with Ready=False for errors that persist until the object or its Secret changes: an
    /// invalid URL, credentials that do not match, a signature that does not verify, manifests that do not build or validate.
    /// </summary>
    private static readonly HashSet<string> TerminalReasons = new(StringComparer.Ordinal)
    {
        "URLInvalid", "AuthenticationFailed", "VerificationFailed", "BuildFailed", "ValidationFailed",
    };

    /// <summary>True for the Flux API groups (source, kustomize, helm, notification, image toolkits).</summary>
    public static bool IsFlux(string group) => group.EndsWith(".toolkit.fluxcd.io", StringComparison.Ordinal);

    /// <summary>Readiness of a Flux object after the generic kstatus checks passed.</summary>
    public static ObjectStatus Compute(JsonObject obj)
    {
        var status = obj["status"];
        var requested = Str(obj["metadata"]?["annotations"]?[RequestedAtAnnotation]);
        if (requested is not null && Str(status?["lastHandledReconcileAt"]) != requested) return ObjectStatus.InProgress("ReconcileRequested " + requested);
        return Conditions(status);
    }

    /// <summary>Ready=True is Current; Ready=False with a terminal reason is Failed with the controller's message; the rest follows kstatus.</summary>
    public static ObjectStatus Conditions(JsonNode? status)
    {
        var ready = Condition(status, "Ready");
        if (Str(ready?["status"]) == "False" && Str(ready?["reason"]) is { } reason && TerminalReasons.Contains(reason))
            return ObjectStatus.Failed($"Ready=False {reason}: {Str(ready?["message"])}");
        return KStatus.ReadyCondition(status);
    }
}
