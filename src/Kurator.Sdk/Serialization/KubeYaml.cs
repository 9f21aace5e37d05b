using System.Collections.Generic;
using System.IO;
using System.Text;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Serialization;

/// <summary>YAML in and out for typed objects.</summary>
public static class KubeYaml
{
    /// <summary>
    /// Loads every document of a YAML text; problems are returned, never thrown. A document that cannot be parsed is
    /// reported and the documents after it are still loaded.
    /// </summary>
    public static LoadResult Load(string yaml, string file = "<yaml>", bool loose = false, KubeTypeRegistry? registry = null)
    {
        var result = new LoadResult();
        foreach (var doc in YamlDocReader.Read(yaml, file))
        {
            var one = KubeDocuments.Load(doc, file, loose, registry ?? KubeTypeRegistry.Default);
            result.Objects.AddRange(one.Objects);
            result.Partial.AddRange(one.Partial);
            result.Errors.AddRange(one.Errors);
        }

        return result;
    }

    /// <summary>
    /// Loads the documents of a YAML stream one at a time, as the caller asks for them (one result per document, or per
    /// document that could not be parsed): only one document is held in memory at once, however long the stream.
    /// </summary>
    public static IEnumerable<LoadResult> LoadEach(TextReader yaml, string file = "<yaml>", bool loose = false, KubeTypeRegistry? registry = null)
    {
        foreach (var doc in YamlDocReader.Read(yaml, file))
        {
            yield return KubeDocuments.Load(doc, file, loose, registry ?? KubeTypeRegistry.Default);
        }
    }

    /// <summary>Loads a single object of a known type, throwing <see cref="KubeLoadException"/> on any problem.</summary>
    public static T Deserialize<T>(string yaml, string file = "<yaml>", bool loose = false)
        where T : KubeResource
    {
        var result = Load(yaml, file, loose);
        if (!result.Success)
        {
            throw new KubeLoadException(result.Errors);
        }

        if (result.Objects.Count != 1 || !(result.Objects[0].Resource is T typed))
        {
            throw new KubeLoadException(new[] { new KubeLoadError(file, 1, 1, string.Empty, $"expected exactly one {typeof(T).Name}, found {result.Objects.Count} object(s)") });
        }

        return typed;
    }

    /// <summary>An unstructured object (or any JSON value) as YAML, in the style <see cref="Serialize(KubeModel)"/> writes.</summary>
    public static string Serialize(System.Text.Json.Nodes.JsonNode node)
    {
        System.ArgumentNullException.ThrowIfNull(node);
        return JsonNodeYaml.Write(node);
    }

    /// <summary>One object as YAML.</summary>
    public static string Serialize(KubeModel model)
    {
        var sb = new StringBuilder(512);
        model.WriteTo(new YamlKubeWriter(sb));
        return sb.ToString();
    }

    /// <summary>Several objects as a multi-document YAML stream ("---" between documents).</summary>
    public static string Serialize(IEnumerable<KubeModel> models)
    {
        var sb = new StringBuilder(4096);
        var first = true;
        foreach (var model in models)
        {
            if (!first)
            {
                sb.Append("---\n");
            }

            first = false;
            model.WriteTo(new YamlKubeWriter(sb));
        }

        return sb.ToString();
    }
}
