using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Serialization;

/// <summary>Turns parsed documents into typed objects through the kind registry.</summary>
public static class KubeDocuments
{
    /// <summary>One parsed document as a load result: its object, or the problem that stopped it being parsed.</summary>
    public static LoadResult Load(ParsedDocument doc, string file, bool loose, KubeTypeRegistry registry)
    {
        var result = new LoadResult();
        if (doc.Problem is { } ex)
        {
            result.Errors.Add(new KubeLoadError(ex.File, ex.Line, ex.Column, string.Empty, ex.Reason));
        }
        else
        {
            Read(doc.Node!, file, loose, registry, result);
        }

        return result;
    }

    /// <summary>
    /// Reads one document (a mapping with apiVersion and kind) into the result; a <c>v1 List</c> (what
    /// <c>kubectl get -o yaml</c> prints) is read item by item, as kubectl applies it.
    /// </summary>
    public static void Read(DocNode doc, string file, bool loose, KubeTypeRegistry registry, LoadResult result)
    {
        if (!(doc is DocMapping map))
        {
            result.Errors.Add(new KubeLoadError(file, doc.Line, doc.Column, string.Empty, "a Kubernetes object must be a mapping"));
            return;
        }

        if (ListItems(map) is DocSequence items)
        {
            foreach (var item in items.Items)
            {
                Read(item, file, loose, registry, result);
            }

            return;
        }

        var apiVersion = map.Get("apiVersion") as DocScalar;
        var kind = map.Get("kind") as DocScalar;
        if (apiVersion == null || kind == null)
        {
            result.Errors.Add(new KubeLoadError(file, map.Line, map.Column, apiVersion == null ? "apiVersion" : "kind", "missing"));
            return;
        }

        if (!registry.TryGet(apiVersion.Value, kind.Value, out var info))
        {
            var slash = apiVersion.Value.IndexOf('/');
            var group = slash < 0 ? string.Empty : apiVersion.Value.Substring(0, slash);
            var others = string.Join(", ", System.Linq.Enumerable.Select(registry.FindKind(group, kind.Value), k => k.ApiVersion));
            var message = others.Length > 0
                ? $"unknown kind {kind.Value} in {apiVersion.Value}: this kind is served as {others}"
                : $"unknown kind {kind.Value} ({apiVersion.Value}): no CRD or core schema defines it";
            result.Errors.Add(new KubeLoadError(file, kind.Line, kind.Column, "kind", message));
            return;
        }

        var reader = new KubeReader(file, loose) { HidesSecretValues = SecretFields.HeldBy(apiVersion.Value, kind.Value) };
        var resource = info.Read(map, reader);
        if (reader.Errors.Count > 0 || resource == null)
        {
            result.Errors.AddRange(reader.Errors);
            if (resource != null)
            {
                result.Partial.Add(new LoadedObject(resource, file, map.Line, map) { LoadErrors = reader.Errors.ToArray() });
            }

            return;
        }

        result.Objects.Add(new LoadedObject(resource, file, map.Line, map));
    }

    /// <summary>The items of an <c>apiVersion: v1, kind: List</c> document (no kind of that name is registered), else null.</summary>
    private static DocSequence? ListItems(DocMapping map) =>
        map.Get("apiVersion") is DocScalar { Value: "v1" } && map.Get("kind") is DocScalar { Value: "List" } ? map.Get("items") as DocSequence : null;
}
