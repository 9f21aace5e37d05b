using System;
using System.Globalization;
using System.Text.Json.Nodes;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Serialization;

/// <content>Typed values: strings, numbers, booleans, Kubernetes value types, free-form JSON and enums.</content>
public sealed partial class KubeReader
{
    /// <summary>Reads a string.</summary>
    public string? String(DocNode node)
    {
        if (node is DocScalar s)
        {
            if (s.Kind == ScalarKind.String)
            {
                return s.Value;
            }

            if (s.Kind == ScalarKind.Null)
            {
                return null;
            }
        }

        Mismatch(node, "a string");
        return null;
    }

    /// <summary>Reads a 64-bit integer.</summary>
    public long? Int64(DocNode node) => Integer(node, long.MinValue, long.MaxValue, "int64");

    /// <summary>Reads a 32-bit integer.</summary>
    public int? Int32(DocNode node) => (int?)Integer(node, int.MinValue, int.MaxValue, "int32");

    // An integer within [min, max]; one written too large for its field says so rather than "expected an integer".
    private long? Integer(DocNode node, long min, long max, string type)
    {
        if (node is DocScalar s)
        {
            if (s.Kind == ScalarKind.Integer && long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                if (value >= min && value <= max)
                {
                    return value;
                }

                Error(node, OutOfRange(s.Value, min, max, type));
                return null;
            }

            if (s.Kind == ScalarKind.Integer && IsDecimal(s.Value))
            {
                Error(node, OutOfRange(s.Value, min, max, type));
                return null;
            }

            if (s.Kind == ScalarKind.Null)
            {
                return null;
            }
        }

        Mismatch(node, "an integer");
        return null;
    }

    /// <summary>Reads a number.</summary>
    public double? Double(DocNode node)
    {
        if (node is DocScalar s)
        {
            if ((s.Kind == ScalarKind.Integer || s.Kind == ScalarKind.Float) && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            if (s.Kind == ScalarKind.Null)
            {
                return null;
            }
        }

        Mismatch(node, "a number");
        return null;
    }

    /// <summary>Reads a boolean.</summary>
    public bool? Bool(DocNode node)
    {
        if (node is DocScalar s)
        {
            if (s.Kind == ScalarKind.Bool)
            {
                return s.Value is "true" or "True" or "TRUE";
            }

            if (s.Kind == ScalarKind.Null)
            {
                return null;
            }
        }

        Mismatch(node, "true or false");
        return null;
    }

    /// <summary>Reads an int-or-string.</summary>
    public IntOrString? IntOrString(DocNode node)
    {
        if (node is DocScalar s)
        {
            switch (s.Kind)
            {
                case ScalarKind.String:
                    return Sdk.IntOrString.FromString(s.Value);
                case ScalarKind.Null:
                    return null;
                case ScalarKind.Integer:
                    return Integer(node, long.MinValue, long.MaxValue, "int64") is { } l ? Sdk.IntOrString.FromInt(l) : (IntOrString?)null;
            }
        }

        Mismatch(node, "an integer or a string");
        return null;
    }

    /// <summary>Reads a resource quantity.</summary>
    public Quantity? Quantity(DocNode node)
    {
        if (node is DocScalar s)
        {
            switch (s.Kind)
            {
                case ScalarKind.String:
                    return Sdk.Quantity.Parse(s.Value);
                case ScalarKind.Integer:
                case ScalarKind.Float:
                    // Kept as the JSON spelling of the number (YAML's +1 or 0x10 are not JSON); .inf stays text,
                    // which validation reports as an invalid quantity.
                    return NumberSyntax.ToJson(s.Value) is { } json ? Sdk.Quantity.FromNumber(json) : Sdk.Quantity.Parse(s.Value);
                case ScalarKind.Null:
                    return null;
            }
        }

        Mismatch(node, "a quantity such as 500m or 1Gi");
        return null;
    }

    /// <summary>Reads a Go duration.</summary>
    public Duration? Duration(DocNode node)
    {
        var text = String(node);
        return text == null ? null : (Duration?)Sdk.Duration.Parse(text);
    }

    /// <summary>Reads an RFC 3339 time.</summary>
    public DateTimeOffset? Time(DocNode node)
    {
        var text = String(node);
        if (text == null)
        {
            return null;
        }

        if (KubeTime.TryParse(text, out var value))
        {
            return value;
        }

        Error(node, $"{Quoted(text)} is not an RFC 3339 time");
        return null;
    }

    /// <summary>Reads base64-encoded bytes.</summary>
    public byte[]? Bytes(DocNode node)
    {
        var text = String(node);
        if (text == null)
        {
            return null;
        }

        // Decoded without an exception deciding it: at most 3 bytes per 4 characters (whitespace is skipped, as
        // Convert.FromBase64String does).
        var buffer = new byte[((text.Length + 3) / 4) * 3];
        if (Convert.TryFromBase64String(text, buffer, out var written))
        {
            return written == buffer.Length ? buffer : buffer.AsSpan(0, written).ToArray();
        }

        // The value itself may be secret: say what is wrong without echoing it.
        Error(node, "expected base64-encoded data");
        return null;
    }

    /// <summary>Reads free-form JSON.</summary>
    public JsonNode? Json(DocNode node) => DocJson.ToNode(node);

    /// <summary>Reads free-form JSON that the schema types as an object (a scalar or list is an error).</summary>
    public JsonNode? JsonObject(DocNode node) => Object(node) is { } map ? DocJson.ToNode(map) : null;

    /// <summary>Reads an embedded Kubernetes object.</summary>
    public EmbeddedResource? Embedded(DocNode node)
    {
        if (Object(node) == null)
        {
            return null;
        }

        return EmbeddedResource.From((JsonObject)DocJson.ToNode(node)!);
    }

    /// <summary>Reads an enum value through the generated parser.</summary>
    public T? Enum<T>(DocNode node, Func<string, T?> parse, string allowed)
        where T : struct
    {
        var text = String(node);
        if (text == null)
        {
            return null;
        }

        var value = parse(text);
        if (value == null)
        {
            Error(node, $"unsupported value {Quoted(text)}: must be one of {allowed}");
        }

        return value;
    }
}
