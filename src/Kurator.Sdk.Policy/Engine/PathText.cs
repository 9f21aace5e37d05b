using System.Globalization;

namespace Kurator.Sdk.Policy.Engine;

/// <summary>Writes concrete field paths in the <see cref="RulePath"/> grammar: <c>spec.containers[0].name</c>, <c>annotations["a/b"]</c>.</summary>
internal static class PathText
{
    /// <summary>Appends a property (or map key) to a path.</summary>
    public static string Property(string basePath, string name)
    {
        if (IsPlainName(name))
        {
            return basePath.Length == 0 ? name : basePath + "." + name;
        }

        return basePath + "[\"" + name.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"]";
    }

    /// <summary>Appends a list index to a path.</summary>
    public static string Index(string basePath, int index) => basePath + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>Joins a base path and a relative path (either may be empty).</summary>
    public static string Join(string basePath, string relative)
    {
        if (basePath.Length == 0)
        {
            return relative;
        }

        if (relative.Length == 0)
        {
            return basePath;
        }

        return relative[0] == '[' ? basePath + relative : basePath + "." + relative;
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '$'))
            {
                return false;
            }
        }

        return true;
    }
}
