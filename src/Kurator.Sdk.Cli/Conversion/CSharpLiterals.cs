using System.Globalization;
using System.Text;
using Kurator.Sdk.Schema.Model;

namespace Kurator.Sdk.Cli.Conversion;

/// <summary>C# literal syntax for values written into converted programs.</summary>
public static class CSharpLiterals
{
    /// <summary>A regular string literal with escapes (the same escaping the generator uses).</summary>
    public static string String(string value) => "\"" + Identifiers.Literal(value) + "\"";

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
