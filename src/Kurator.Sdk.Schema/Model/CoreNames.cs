using System;
using System.Text.RegularExpressions;

namespace Kurator.Sdk.Schema.Model;

/// <summary>How core Kubernetes definition names map to C# names, and which definitions are runtime value types.</summary>
public static class CoreNames
{
    private static readonly Regex VersionSegment = new Regex("^v[0-9]+((alpha|beta)[0-9]+)?$", RegexOptions.CultureInvariant);

    /// <summary>The root namespace of the core types.</summary>
    public const string RootNamespace = "Kurator.Sdk.Kubernetes";

    /// <summary>The definition name of ObjectMeta.</summary>
    public const string ObjectMeta = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";

    /// <summary>The runtime type a definition maps to instead of a generated class, or null.</summary>
    public static TypeRefKind? Special(string definition)
    {
        switch (definition)
        {
            case "io.k8s.apimachinery.pkg.api.resource.Quantity":
                return TypeRefKind.Quantity;
            case "io.k8s.apimachinery.pkg.util.intstr.IntOrString":
                return TypeRefKind.IntOrString;
            case "io.k8s.apimachinery.pkg.apis.meta.v1.Time":
            case "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime":
                return TypeRefKind.Time;
            case "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1":
            case "io.k8s.apimachinery.pkg.apis.meta.v1.Patch":
            case "io.k8s.apimachinery.pkg.runtime.RawExtension":
            case "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON":
            case "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray":
            case "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool":
            case "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrStringArray":
                return TypeRefKind.Json;
            default:
                return null;
        }
    }

    /// <summary>True when the definition is represented by a runtime value type.</summary>
    public static bool IsSpecial(string definition) => Special(definition) != null;

    /// <summary>The C# namespace of a definition set ("core.v1" becomes Kurator.Sdk.Kubernetes.Core.V1).</summary>
    public static string Namespace(string setName)
    {
        var dot = setName.IndexOf('.');
        if (dot < 0)
        {
            return RootNamespace + "." + Identifiers.Pascal(setName);
        }

        return RootNamespace + "." + Identifiers.Pascal(setName.Substring(0, dot)) + "." + Identifiers.Version(setName.Substring(dot + 1));
    }

    /// <summary>The definition set that owns a definition: "core.v1", "apps.v1", "meta.v1", or "apimachinery".</summary>
    public static string DefinitionSet(string definition)
    {
        var parts = definition.Split('.');
        if (parts.Length >= 3 && VersionSegment.IsMatch(parts[parts.Length - 2]))
        {
            return parts[parts.Length - 3] + "." + parts[parts.Length - 2];
        }

        return "apimachinery";
    }

    /// <summary>The fully qualified C# name of a definition.</summary>
    public static string TypeName(string definition)
    {
        var set = DefinitionSet(definition);
        var simple = definition.Substring(definition.LastIndexOf('.') + 1);
        return "global::" + Namespace(set) + "." + Identifiers.Pascal(simple);
    }

    /// <summary>Splits "global::A.B.C" into namespace and simple name.</summary>
    public static (string Namespace, string Name) Split(string fullName)
    {
        var text = fullName.StartsWith("global::", StringComparison.Ordinal) ? fullName.Substring(8) : fullName;
        var dot = text.LastIndexOf('.');
        return (text.Substring(0, dot), text.Substring(dot + 1));
    }
}
