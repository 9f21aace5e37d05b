using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Kurator.Sdk.Serialization;

/// <summary>Expands file and folder arguments into the YAML/JSON files they name, in a stable order.</summary>
public static class InputFiles
{
    /// <summary>The files; a missing path is reported through <paramref name="missing"/>.</summary>
    public static List<string> Expand(IEnumerable<string> paths, Action<string> missing)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsManifest)
                    .OrderBy(f => f, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                missing(path);
            }
        }

        return files;
    }

    private static bool IsManifest(string file)
    {
        var ext = Path.GetExtension(file).ToLowerInvariant();
        return ext == ".yaml" || ext == ".yml" || ext == ".json";
    }
}
