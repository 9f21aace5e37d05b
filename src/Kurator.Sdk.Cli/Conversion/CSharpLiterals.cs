using System.Globalization;
using System.Text;

namespace Kurator.Sdk.Cli.Conversion
{
    /// <summary>C# literal syntax for values written into converted programs.</summary>
    public static class CSharpLiterals
    {
        /// <summary>A regular string literal with escapes.</summary>
        public static string String(string value)
        {
            var sb = new StringBuilder(value.Length + 2);
            sb.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\0': sb.Append("\\0"); break;
                    default:
                        if (c < ' ')
                        {
                            sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }
            }

            return sb.Append('"').ToString();
        }

        /// <summary>A raw string literal holding JSON, with enough quotes to never clash with the content.</summary>
        public static string Raw(string value)
        {
            var quotes = 3;
            while (value.Contains(new string('"', quotes)))
            {
                quotes++;
            }

            var q = new string('"', quotes);
            return q + value + q;
        }

        /// <summary>A double literal that stays a double in C#.</summary>
        public static string Double(double value)
        {
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            return text.Contains('.') || text.Contains('E') || text.Contains('N') || text.Contains('I') ? text : text + ".0";
        }
    }
}
