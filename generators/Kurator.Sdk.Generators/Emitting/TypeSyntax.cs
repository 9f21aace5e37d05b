using System;
using Kurator.Sdk.Schema.Model;

namespace Kurator.Sdk.Generators.Emitting;

/// <summary>C# type names and read expressions for schema type references.</summary>
internal static class TypeSyntax
{
    public const string Rt = "global::Kurator.Sdk.";
    public const string Ser = "global::Kurator.Sdk.Serialization.";
    public const string Gen = "global::System.Collections.Generic.";

    public static string Cs(TypeRef t) => t.Kind switch
    {
        TypeRefKind.String => "string",
        TypeRefKind.Int32 => "int",
        TypeRefKind.Int64 => "long",
        TypeRefKind.Double => "double",
        TypeRefKind.Bool => "bool",
        TypeRefKind.IntOrString => Rt + "IntOrString",
        TypeRefKind.Quantity => Rt + "Quantity",
        TypeRefKind.Duration => Rt + "Duration",
        TypeRefKind.Time => "global::System.DateTimeOffset",
        TypeRefKind.Bytes => "byte[]",
        TypeRefKind.Json => "global::System.Text.Json.Nodes.JsonNode",
        TypeRefKind.Embedded => Rt + "EmbeddedResource",
        TypeRefKind.Object => t.Name!,
        TypeRefKind.Enum => t.Name!,
        TypeRefKind.List => Gen + "List<" + Element(t.Element!) + ">",
        TypeRefKind.Map => Gen + "Dictionary<string, " + Element(t.Element!) + ">",
        _ => throw new ArgumentOutOfRangeException(nameof(t)),
    };

    /// <summary>Element types of lists and maps: free-form JSON elements may be null, others not.</summary>
    public static string Element(TypeRef t) => t.Kind == TypeRefKind.Json ? Cs(t) + "?" : Cs(t);

    public static bool IsValueType(TypeRef t) => t.Kind switch
    {
        TypeRefKind.Int32 or TypeRefKind.Int64 or TypeRefKind.Double or TypeRefKind.Bool or TypeRefKind.IntOrString
            or TypeRefKind.Quantity or TypeRefKind.Duration or TypeRefKind.Time or TypeRefKind.Enum => true,
        _ => false,
    };

    /// <summary>An expression reading node <paramref name="n"/> with reader <paramref name="r"/>; its type is nullable.</summary>
    public static string Read(TypeRef t, string n, string r, int depth) => t.Kind switch
    {
        TypeRefKind.String => $"{r}.String({n})",
        TypeRefKind.Int32 => $"{r}.Int32({n})",
        TypeRefKind.Int64 => $"{r}.Int64({n})",
        TypeRefKind.Double => $"{r}.Double({n})",
        TypeRefKind.Bool => $"{r}.Bool({n})",
        TypeRefKind.IntOrString => $"{r}.IntOrString({n})",
        TypeRefKind.Quantity => $"{r}.Quantity({n})",
        TypeRefKind.Duration => $"{r}.Duration({n})",
        TypeRefKind.Time => $"{r}.Time({n})",
        TypeRefKind.Bytes => $"{r}.Bytes({n})",
        TypeRefKind.Json => t.IsJsonObject ? $"{r}.JsonObject({n})" : $"{r}.Json({n})",
        TypeRefKind.Embedded => $"{r}.Embedded({n})",
        TypeRefKind.Object => $"{t.Name}.ReadFrom({n}, {r})",
        TypeRefKind.Enum => $"{r}.Enum({n}, {t.Name}Wire.Parse, {t.Name}Wire.Allowed)",
        TypeRefKind.List => ReadCollection("List", t, n, r, depth),
        TypeRefKind.Map => ReadCollection("Map", t, n, r, depth),
        _ => throw new ArgumentOutOfRangeException(nameof(t)),
    };

    private static string ReadCollection(string shape, TypeRef t, string n, string r, int depth)
    {
        var e = t.Element!;
        if (e.Kind == TypeRefKind.Json)
        {
            return e.IsJsonObject ? $"{r}.Json{shape}({n}, objectsOnly: true)" : $"{r}.Json{shape}({n})";
        }

        // Common element types read through one runtime call: no lambda to bind and lower per property.
        if (e.Kind == TypeRefKind.String)
        {
            return $"{r}.String{shape}({n})";
        }

        if (e.Kind == TypeRefKind.Object)
        {
            return $"{r}.{shape}({n}, {e.Name}.ReadFrom)";
        }

        var x = "x" + depth;
        var rr = "r" + depth;
        var method = IsValueType(e) ? "Value" + shape : shape;
        return $"{r}.{method}({n}, static ({x}, {rr}) => {Read(e, x, rr, depth + 1)})";
    }
}
