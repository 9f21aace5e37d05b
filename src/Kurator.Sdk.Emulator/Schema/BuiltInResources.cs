using System.Collections.Generic;
using System.Linq;

namespace Kurator.Sdk.Emulator.Schema;

/// <summary>The built-in resources served by every emulated cluster, from the embedded OpenAPI facts plus the discovery extras (short names, status subresources) the schemas do not carry.</summary>
internal static class BuiltInResources
{
    // Served elsewhere or not a plain REST resource.
    private static readonly HashSet<string> Excluded = ["bindings", "componentstatuses"];

    private static readonly HashSet<string> WithStatus =
    [
        "namespaces", "nodes", "persistentvolumes", "persistentvolumeclaims", "pods", "replicationcontrollers", "resourcequotas", "services",
        "daemonsets", "deployments", "replicasets", "statefulsets", "cronjobs", "jobs", "horizontalpodautoscalers", "poddisruptionbudgets",
        "ingresses", "customresourcedefinitions", "servicecidrs",
    ];

    private static readonly Dictionary<string, string[]> ShortNames = new()
    {
        ["configmaps"] = ["cm"],
        ["namespaces"] = ["ns"],
        ["services"] = ["svc"],
        ["pods"] = ["po"],
        ["serviceaccounts"] = ["sa"],
        ["deployments"] = ["deploy"],
        ["statefulsets"] = ["sts"],
        ["daemonsets"] = ["ds"],
        ["replicasets"] = ["rs"],
        ["cronjobs"] = ["cj"],
        ["customresourcedefinitions"] = ["crd", "crds"],
        ["persistentvolumeclaims"] = ["pvc"],
        ["persistentvolumes"] = ["pv"],
        ["nodes"] = ["no"],
        ["ingresses"] = ["ing"],
        ["networkpolicies"] = ["netpol"],
        ["poddisruptionbudgets"] = ["pdb"],
        ["horizontalpodautoscalers"] = ["hpa"],
        ["events"] = ["ev"],
        ["endpoints"] = ["ep"],
        ["limitranges"] = ["limits"],
        ["resourcequotas"] = ["quota"],
        ["replicationcontrollers"] = ["rc"],
    };

    private static readonly HashSet<string> InAll =
        ["pods", "services", "deployments", "statefulsets", "daemonsets", "replicasets", "jobs", "cronjobs", "replicationcontrollers", "horizontalpodautoscalers"];

    public static IReadOnlyList<ResourceType> Create()
    {
        var schemas = BuiltInSchemas.Instance;
        return schemas.Resources
            .Where(r => !Excluded.Contains(r.Plural))
            .Select(r => new ResourceType(
                r.Group, r.Version, r.Kind, r.Plural, r.Namespaced,
                WithStatus.Contains(r.Plural),
                ShortNames.TryGetValue(r.Plural, out var s) ? s : [],
                InAll.Contains(r.Plural) ? ["all"] : [],
                schemas.ForKind(r.Group, r.Version, r.Kind),
                IsCustom: false))
            .ToList();
    }
}
