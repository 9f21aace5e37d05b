using System;
using System.Collections.Generic;
using System.Net;
using System.Text.Json.Nodes;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Validation.Names;

/// <summary>
/// The API server's rules for <c>metadata.name</c>, <c>metadata.generateName</c> and <c>metadata.namespace</c>
/// (apimachinery's <c>ValidateObjectMeta</c> with each kind's name function), so <c>Validate()</c>, <c>validate</c>,
/// <c>check</c> and <c>apply</c> refuse what the server would refuse. Most kinds (custom resources included) need a
/// DNS-1123 subdomain; the exceptions are listed in <see cref="FormatOf"/>.
/// </summary>
public static class ObjectNameRules
{
    private static readonly Dictionary<(string Group, string Kind), NameFormat> Exceptions = new()
    {
        // core: ValidateNamespaceName; Service names are DNS labels (RelaxedServiceNameValidation lifts the DNS-1035
        // "starts with a letter" rule).
        [("", "Namespace")] = NameFormat.Label,
        [("", "Service")] = NameFormat.Label,
        // apps: ValidateStatefulSetName (the name becomes part of each pod's host name).
        [("apps", "StatefulSet")] = NameFormat.Label,
        // batch: ValidateCronJobCreate leaves room for the "-<timestamp>" suffix of the Jobs it creates.
        [("batch", "CronJob")] = NameFormat.CronJob,
        // rbac: ValidateRBACName ("system:controller:x" is a valid ClusterRole name).
        [("rbac.authorization.k8s.io", "Role")] = NameFormat.PathSegment,
        [("rbac.authorization.k8s.io", "ClusterRole")] = NameFormat.PathSegment,
        [("rbac.authorization.k8s.io", "RoleBinding")] = NameFormat.PathSegment,
        [("rbac.authorization.k8s.io", "ClusterRoleBinding")] = NameFormat.PathSegment,
        // policy: ValidatePodDisruptionBudget passes no name rule; only the path-segment rule of every create applies.
        [("policy", "PodDisruptionBudget")] = NameFormat.PathSegment,
        // networking: ValidateIPAddressName (the name is the address, in canonical form).
        [("networking.k8s.io", "IPAddress")] = NameFormat.IpAddress,
        // apiextensions: the name must be <spec.names.plural>.<spec.group>.
        [("apiextensions.k8s.io", "CustomResourceDefinition")] = NameFormat.CustomResourceDefinition,
    };

    /// <summary>How names of a kind are checked.</summary>
    public enum NameFormat
    {
        /// <summary>A DNS-1123 subdomain: most kinds and every custom resource.</summary>
        Subdomain,

        /// <summary>A DNS-1123 label: Namespace, Service, StatefulSet.</summary>
        Label,

        /// <summary>Any REST path segment: RBAC roles and bindings, PodDisruptionBudget.</summary>
        PathSegment,

        /// <summary>A DNS-1123 subdomain of at most 52 characters.</summary>
        CronJob,

        /// <summary>An IP address in canonical form.</summary>
        IpAddress,

        /// <summary>A DNS-1123 subdomain equal to <c>spec.names.plural + "." + spec.group</c>.</summary>
        CustomResourceDefinition,
    }

    /// <summary>The name format of a kind in an API group (<c>""</c> for core).</summary>
    public static NameFormat FormatOf(string group, string kind) =>
        Exceptions.TryGetValue((group ?? string.Empty, kind ?? string.Empty), out var format) ? format : NameFormat.Subdomain;

    /// <summary>
    /// Reports, at <c>metadata.name</c>, <c>metadata.generateName</c> and <c>metadata.namespace</c>, what the API server
    /// would refuse in <paramref name="obj"/>'s identity. Kinds that are not served as REST resources are not checked.
    /// </summary>
    public static void Validate(KubeObject obj, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(obj);
        ArgumentNullException.ThrowIfNull(context);
        var registered = KubeTypeRegistry.Default.TryGet(obj.GetType(), out var info);
        if (registered && !info.IsResource)
        {
            return;
        }

        var group = registered ? info.Group : GroupOf(obj.ApiVersion);
        var format = FormatOf(group, obj.Kind);
        var name = obj.Name ?? string.Empty;
        var generateName = obj.HasMetadata ? obj.Metadata.GenerateName ?? string.Empty : string.Empty;
        if (generateName.Length > 0)
        {
            foreach (var message in Check(format, generateName, prefix: true, obj))
            {
                context.Errors.Add(new ValidationError("metadata.generateName", Invalid(generateName, message)));
            }
        }

        if (name.Length == 0)
        {
            if (generateName.Length == 0)
            {
                context.Errors.Add(new ValidationError("metadata.name", "Required value: name or generateName is required"));
            }
        }
        else
        {
            foreach (var message in Check(format, name, prefix: false, obj))
            {
                context.Errors.Add(new ValidationError("metadata.name", Invalid(name, message)));
            }
        }

        // A cluster-scoped object's namespace is cleared by the server, not refused; a namespaced one's must be a label.
        var ns = obj.Namespace ?? string.Empty;
        if (ns.Length > 0 && (!registered || info.Namespaced))
        {
            foreach (var message in DnsNames.Label(ns))
            {
                context.Errors.Add(new ValidationError("metadata.namespace", Invalid(ns, message)));
            }
        }
    }

    private static IReadOnlyList<string> Check(NameFormat format, string value, bool prefix, KubeObject obj)
    {
        var checkedValue = prefix ? DnsNames.AsPrefix(value) : value;
        switch (format)
        {
            case NameFormat.Label:
                return DnsNames.Label(checkedValue);
            case NameFormat.PathSegment:
                return DnsNames.PathSegment(value);
            case NameFormat.CronJob:
                var cronJob = new List<string>(DnsNames.Subdomain(checkedValue));
                if (value.Length > DnsNames.LabelMaxLength - 11)
                {
                    cronJob.Add($"must be no more than {DnsNames.LabelMaxLength - 11} characters");
                }

                return cronJob;
            case NameFormat.IpAddress:
                return IPAddress.TryParse(value, out var address) && address.ToString() == value
                    ? Array.Empty<string>()
                    : new[] { "must be a valid IP address in canonical form, (e.g. 10.9.8.7 or 2001:db8::ffff)" };
            case NameFormat.CustomResourceDefinition:
                var definition = new List<string>(DnsNames.Subdomain(checkedValue));
                if (!prefix && value != DefinitionName(obj))
                {
                    definition.Add("must be spec.names.plural+\".\"+spec.group");
                }

                return definition;
            default:
                return DnsNames.Subdomain(checkedValue);
        }
    }

    private static string DefinitionName(KubeObject definition)
    {
        var spec = KubeJson.ToNode(definition)["spec"];
        return Text(spec?["names"]?["plural"]) + "." + Text(spec?["group"]);
    }

    private static string Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;

    private static string GroupOf(string apiVersion)
    {
        var slash = (apiVersion ?? string.Empty).IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? string.Empty : apiVersion![..slash];
    }

    // The server quotes the value; very long names are cut so one bad name cannot flood the output.
    private static string Invalid(string value, string message) =>
        "Invalid value: \"" + (value.Length > 80 ? value[..77] + "..." : value) + "\": " + message;
}
