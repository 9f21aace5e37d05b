using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Policy.Kyverno.Jmes;

/// <summary>
/// Writes a value as compact JSON, as messages showed it before (Json.NET's default): keys in order, only quotes,
/// backslashes, control characters and the line separators U+0085/U+2028/U+2029 escaped (no \u escapes of é, &lt; or
/// emoji); numbers of the document as written there, computed whole numbers without a fraction.
/// </summary>
internal static class JmesJsonWriter
{
    public static void Write(StringBuilder text, JmesValue value)
    {
        switch (value.Kind)
        {
            case JmesKind.Null:
                text.Append("null");
                break;
            case JmesKind.True:
                text.Append("true");
                break;
            case JmesKind.False:
                text.Append("false");
                break;
            case JmesKind.Number when value.Node is JsonValue number:
                text.Append(number.ToJsonString());
                break;
            case JmesKind.Number:
                var n = value.AsNumber();
                text.Append(JmesJson.IsWhole(n) ? ((long)n).ToString(CultureInfo.InvariantCulture) : n.ToString("R", CultureInfo.InvariantCulture));
                break;
            case JmesKind.String:
                String(text, value.AsString());
                break;
            case JmesKind.Array:
                text.Append('[');
                for (var i = 0; i < value.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(',');
                    }

                    Write(text, value.Item(i));
                }

                text.Append(']');
                break;
            case JmesKind.Object:
                text.Append('{');
                var first = true;
                foreach (var (key, item) in value.Properties())
                {
                    if (!first)
                    {
                        text.Append(',');
                    }

                    first = false;
                    String(text, key);
                    text.Append(':');
                    Write(text, item);
                }

                text.Append('}');
                break;
            default:
                throw new JmesException("an expression reference (&expr) is not a value");
        }
    }

    private static void String(StringBuilder text, string s)
    {
        text.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\b':
                    text.Append("\\b");
                    break;
                case '\f':
                    text.Append("\\f");
                    break;
                case < ' ' or '\u0085' or '\u2028' or '\u2029':
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        text.Append('"');
    }
}
