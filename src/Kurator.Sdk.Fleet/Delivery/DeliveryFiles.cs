using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>Writes a rendering's extra files (e.g. the kurator target's <c>gitops/</c> folder) under the synth output.</summary>
internal static class DeliveryFiles
{
    public static IReadOnlyList<string> Write(DeliveryRendering rendering, string outDirectory)
    {
        // Each top folder is replaced whole, so files of objects the app dropped do not linger.
        foreach (var top in rendering.Files.Keys.Select(k => k.Split('/')[0]).Distinct())
        {
            var dir = Path.Combine(outDirectory, top);
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }

        var written = new List<string>();
        foreach (var (relative, content) in rendering.Files.OrderBy(f => f.Key, System.StringComparer.Ordinal))
        {
            var path = Path.Combine(outDirectory, Path.Combine(relative.Split('/')));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content, new UTF8Encoding(false));
            written.Add(path);
        }

        return written;
    }
}
