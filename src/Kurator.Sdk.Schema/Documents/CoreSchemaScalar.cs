using System.Globalization;

namespace Kurator.Sdk.Schema.Documents;

/// <summary>
/// The one place plain YAML scalars get their type: the YAML 1.2.2 core schema's tag resolution (null, bool, int in
/// base 10, <c>0o</c> octal and <c>0x</c> hex, float with <c>.inf</c>/<c>.nan</c>, else string), and the JSON text of
/// each resolved value. Every reader that turns YAML into typed values or JSON (the document readers, the runtime, the
/// client's kubeconfig, the emulator's request bodies, the policy parity tool) calls this, so they cannot disagree.
/// </summary>
/// <remarks>
/// YAML 1.1 spellings are deliberately strings here: <c>yes</c>/<c>no</c>/<c>on</c>/<c>off</c>, <c>1_000</c>,
/// <c>0b101</c>, sexagesimal <c>1:20</c>. A leading zero is decimal (<c>012</c> is 12, not octal 10), and hex and octal
/// take no sign (<c>-0x1F</c> is a string), as the core schema's regular expressions say.
/// </remarks>
public static class CoreSchemaScalar
{
    /// <summary>Resolves a plain (unquoted, untagged) scalar by the core schema.</summary>
    public static ScalarKind Resolve(string text)
    {
        switch (text)
        {
            case "":
            case "~":
            case "null":
            case "Null":
            case "NULL":
                return ScalarKind.Null;
            case "true":
            case "True":
            case "TRUE":
            case "false":
            case "False":
            case "FALSE":
                return ScalarKind.Bool;
            case ".inf":
            case ".Inf":
            case ".INF":
            case "+.inf":
            case "+.Inf":
            case "+.INF":
            case "-.inf":
            case "-.Inf":
            case "-.INF":
            case ".nan":
            case ".NaN":
            case ".NAN":
                return ScalarKind.Float;
            default:
                return NumberSyntax.Classify(text);
        }
    }

    /// <summary>
    /// The JSON text of a resolved scalar: <c>null</c>, <c>true</c>/<c>false</c>, or the number in JSON's spelling
    /// (<c>0x1F</c> is <c>31</c>, <c>+1</c> is <c>1</c>). Null when the value has to stay a JSON string: strings, the
    /// floats JSON cannot write (<c>.inf</c>, <c>.nan</c>) and numbers beyond a double's range (<c>1e400</c>).
    /// </summary>
    public static string? ToJson(ScalarKind kind, string text)
    {
        switch (kind)
        {
            case ScalarKind.Null:
                return "null";
            case ScalarKind.Bool:
                return text.Length > 0 && (text[0] == 't' || text[0] == 'T') ? "true" : "false";
            case ScalarKind.Integer:
            case ScalarKind.Float:
                return FiniteNumber(NumberSyntax.ToJson(text));
            default:
                return null;
        }
    }

    // A number no double can hold (1e400) stays text, as .inf does: JSON readers downstream cannot take its value.
    private static string? FiniteNumber(string? json) =>
        json != null && double.TryParse(json, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsInfinity(d) && !double.IsNaN(d)
            ? json
            : null;

    /// <summary>The JSON text of a document scalar (see <see cref="ToJson(ScalarKind, string)"/>); null for strings.</summary>
    public static string? ToJson(DocScalar scalar) => ToJson(scalar.Kind, scalar.Value);
}
