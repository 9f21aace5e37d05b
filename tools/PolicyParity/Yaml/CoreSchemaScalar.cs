using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kurator.Sdk.PolicyParity.Yaml;

/// <summary>Resolves a plain YAML scalar by the YAML 1.2 core schema: null, bool, int, float, else string.</summary>
internal static partial class CoreSchemaScalar
{
    public static JsonNode? Resolve(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (DecimalInt().IsMatch(text))
        {
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                ? JsonValue.Create(l)
                : JsonValue.Create(decimal.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        if (OctalInt().IsMatch(text))
        {
            return JsonValue.Create(System.Convert.ToInt64(text.Substring(2), 8));
        }

        if (HexInt().IsMatch(text))
        {
            return JsonValue.Create(long.Parse(text.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
        }

        // .inf and .nan have no JSON form; they stay text.
        if (Float().IsMatch(text))
        {
            return JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return JsonValue.Create(text);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex DecimalInt();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex OctalInt();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex HexInt();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
