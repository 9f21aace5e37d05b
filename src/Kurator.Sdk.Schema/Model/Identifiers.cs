using System.Collections.Generic;
using System.Text;

namespace Kurator.Sdk.Schema.Model;

/// <summary>Turns wire names (JSON fields, enum values, groups) into valid, readable C# identifiers.</summary>
public static class Identifiers
{
    private static readonly HashSet<string> Keywords = new HashSet<string>
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>PascalCase from any wire text: separators dropped, each part capitalised, a leading digit prefixed.</summary>
    public static string Pascal(string text)
    {
        var sb = new StringBuilder(text.Length);
        var upperNext = true;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                sb.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        if (sb.Length == 0)
        {
            return "Value";
        }

        if (char.IsDigit(sb[0]))
        {
            sb.Insert(0, 'V');
        }

        return sb.ToString();
    }

    /// <summary>PascalCase for an enum value, spelling out symbols that carry meaning ("*" becomes "Any").</summary>
    public static string EnumMember(string wire)
    {
        switch (wire)
        {
            case "":
                return "Empty";
            case "*":
                return "Any";
            case "-":
                return "Minus";
            case "+":
                return "Plus";
        }

        var text = wire.Replace("*", " Any ").Replace(".", " _ ");
        var sb = new StringBuilder();
        var upperNext = true;
        foreach (var c in text)
        {
            if (c == '_')
            {
                if (sb.Length > 0 && char.IsDigit(sb[sb.Length - 1]))
                {
                    sb.Append('_');
                }

                upperNext = true;
            }
            else if (char.IsLetterOrDigit(c) && c < 128)
            {
                sb.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        var name = sb.ToString().TrimEnd('_');
        if (name.Length == 0)
        {
            return "Value";
        }

        return char.IsDigit(name[0]) ? "V" + name : name;
    }

    /// <summary>A C# identifier usable as a parameter or local: keywords get an @ prefix.</summary>
    public static string Camel(string pascal)
    {
        var camel = char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return Keywords.Contains(camel) ? "@" + camel : camel;
    }

    /// <summary>A best-effort English singular for naming list items ("policies" becomes "policy").</summary>
    public static string Singular(string pascal)
    {
        if (pascal.EndsWith("ies") && pascal.Length > 4)
        {
            return pascal.Substring(0, pascal.Length - 3) + "y";
        }

        if (pascal.EndsWith("sses") || pascal.EndsWith("xes") || pascal.EndsWith("ches") || pascal.EndsWith("shes"))
        {
            return pascal.Substring(0, pascal.Length - 2);
        }

        if (pascal.EndsWith("s") && !pascal.EndsWith("ss") && !pascal.EndsWith("us") && !pascal.EndsWith("is") && pascal.Length > 3)
        {
            return pascal.Substring(0, pascal.Length - 1);
        }

        return pascal;
    }

    /// <summary>"v1beta2" becomes "V1Beta2".</summary>
    public static string Version(string version)
    {
        var sb = new StringBuilder();
        var prevDigit = false;
        for (var i = 0; i < version.Length; i++)
        {
            var c = version[i];
            var upper = i == 0 || (prevDigit && char.IsLetter(c));
            sb.Append(upper ? char.ToUpperInvariant(c) : c);
            prevDigit = char.IsDigit(c);
        }

        return sb.ToString();
    }

    /// <summary>Escapes text for an XML doc comment.</summary>
    public static string Xml(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>Escapes text for a C# regular string literal (without the quotes); the same escapes as JSON strings.</summary>
    public static string Literal(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        Documents.JsonDocWriter.AppendEscaped(sb, text);
        return sb.ToString();
    }
}
