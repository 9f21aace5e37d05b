using System.Collections.Generic;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Cli.Inputs;

/// <summary>Loads a YAML or JSON manifest file into typed objects.</summary>
public static class ManifestLoader
{
    /// <summary>Loads one file (JSON by extension, YAML otherwise).</summary>
    public static LoadResult Load(string file, bool loose)
    {
        var all = new LoadResult();
        foreach (var one in LoadEach(file, loose))
        {
            all.Objects.AddRange(one.Objects);
            all.Partial.AddRange(one.Partial);
            all.Errors.AddRange(one.Errors);
        }

        return all;
    }

    /// <summary>
    /// Loads one file a document at a time (JSON by extension, YAML otherwise): one result per document, read from the
    /// file as the caller asks for it, so a large file is never held whole.
    /// </summary>
    public static IEnumerable<LoadResult> LoadEach(string file, bool loose)
    {
        var registry = ShippedKinds.EnsureRegistered();
        foreach (var parsed in ManifestDocuments.Read(file))
        {
            yield return KubeDocuments.Load(parsed, file, loose, registry);
        }
    }
}
