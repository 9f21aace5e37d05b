using System.IO;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Cli.Inputs
{
    /// <summary>Loads a YAML or JSON manifest file into typed objects.</summary>
    public static class ManifestLoader
    {
        /// <summary>Loads one file (JSON by extension, YAML otherwise).</summary>
        public static LoadResult Load(string file, bool loose)
        {
            var registry = ShippedKinds.EnsureRegistered();
            var text = File.ReadAllText(file);
            return Path.GetExtension(file).Equals(".json", System.StringComparison.OrdinalIgnoreCase)
                ? KubeJson.Load(text, file, loose, registry)
                : KubeYaml.Load(text, file, loose, registry);
        }
    }
}
