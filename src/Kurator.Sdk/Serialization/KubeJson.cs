using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Serialization;

/// <summary>JSON in and out for typed objects.</summary>
public static class KubeJson
{
    /// <summary>Loads one JSON object (or a Kubernetes List's items are not expanded: the List kind itself is read).</summary>
    public static LoadResult Load(string json, string file = "<json>", bool loose = false, KubeTypeRegistry? registry = null)
    {
        var result = new LoadResult();
        DocNode doc;
        try
        {
            doc = JsonDocReader.Parse(json, file);
        }
        catch (DocParseException ex)
        {
            result.Errors.Add(new KubeLoadError(ex.File, ex.Line, ex.Column, string.Empty, ex.Reason));
            return result;
        }

        KubeDocuments.Read(doc, file, loose, registry ?? KubeTypeRegistry.Default, result);
        return result;
    }

    /// <summary>Loads one object of a known type, throwing <see cref="KubeLoadException"/> on any problem.</summary>
    public static T Deserialize<T>(string json, string file = "<json>", bool loose = false)
        where T : KubeResource
    {
        var result = Load(json, file, loose);
        if (!result.Success)
        {
            throw new KubeLoadException(result.Errors);
        }

        return result.Objects.Count == 1 && result.Objects[0].Resource is T typed
            ? typed
            : throw new KubeLoadException(new[] { new KubeLoadError(file, 1, 1, string.Empty, $"expected one {typeof(T).Name}") });
    }

    /// <summary>Serializes to JSON text.</summary>
    public static string Serialize(KubeModel model, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            model.WriteTo(new JsonKubeWriter(json));
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Serializes to UTF-8 JSON bytes (what the client sends).</summary>
    public static byte[] SerializeToUtf8(KubeModel model)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            model.WriteTo(new JsonKubeWriter(json));
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The JSON node form of an object.</summary>
    public static JsonNode ToNode(KubeModel model)
    {
        var writer = new JsonNodeKubeWriter();
        model.WriteTo(writer);
        return writer.Result!;
    }
}
