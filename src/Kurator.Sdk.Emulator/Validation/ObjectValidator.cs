using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kurator.Sdk.Emulator.Errors;
using Kurator.Sdk.Emulator.Schema;

namespace Kurator.Sdk.Emulator.Validation;

/// <summary>The validation the emulator applies to every write: object names, a few built-in rules, and CRD schemas.</summary>
internal static partial class ObjectValidator
{
    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex Subdomain();

    /// <summary>Throws 422 Invalid with all causes found.</summary>
    public static void Validate(ResourceType type, JsonObject obj)
    {
        var causes = new List<StatusCause>();
        var name = (string?)obj["metadata"]?["name"] ?? "";
        if (name.Length == 0)
        {
            causes.Add(new StatusCause("FieldValueRequired", "Required value: name or generateName is required", "metadata.name"));
        }
        else if (name.Length > 253 || !Subdomain().IsMatch(name))
        {
            causes.Add(new StatusCause("FieldValueInvalid",
                $"Invalid value: \"{name}\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
                "metadata.name"));
        }
        if (type.IsCustom) causes.AddRange(SchemaValidator.Validate(obj, type.Schema));
        else BuiltInRules(type, obj, causes);
        if (causes.Count > 0) throw ApiError.Invalid(type.Kind, type.Group, name, causes);
    }

    private static void BuiltInRules(ResourceType type, JsonObject obj, List<StatusCause> causes)
    {
        if (type.Group == "apps" && type.Kind is "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet")
        {
            if (obj["spec"]?["selector"] is null) causes.Add(new StatusCause("FieldValueRequired", "Required value", "spec.selector"));
            if (obj["spec"]?["template"]?["spec"]?["containers"] is not JsonArray { Count: > 0 })
                causes.Add(new StatusCause("FieldValueRequired", "Required value", "spec.template.spec.containers"));
        }
        if (type.Group == "" && type.Kind == "Pod" && obj["spec"]?["containers"] is not JsonArray { Count: > 0 })
            causes.Add(new StatusCause("FieldValueRequired", "Required value", "spec.containers"));
    }
}
