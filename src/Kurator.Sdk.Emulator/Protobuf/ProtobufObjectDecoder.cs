using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Errors;

namespace Kurator.Sdk.Emulator.Protobuf;

/// <summary>
/// Decodes the Kubernetes protobuf envelope (<c>k8s\0</c> + runtime.Unknown) for the few kinds typed kubectl commands
/// create most often (<c>kubectl create namespace|configmap|secret</c>): Namespace, ConfigMap and Secret, with
/// ObjectMeta's user-set fields. Field numbers follow the upstream generated.proto files. Other kinds get 415.
/// </summary>
internal static class ProtobufObjectDecoder
{
    public const string ContentType = "application/vnd.kubernetes.protobuf";
    private static readonly byte[] Magic = [0x6b, 0x38, 0x73, 0x00];

    public static JsonObject Decode(byte[] body)
    {
        if (body.Length < 4 || !body.AsSpan(0, 4).SequenceEqual(Magic)) throw ApiError.BadRequest("protobuf body without the k8s envelope");
        var unknown = ProtoReader.Read(body.AsMemory(4));
        var typeMeta = unknown.FirstOrDefault(f => f.Number == 1);
        var raw = unknown.FirstOrDefault(f => f.Number == 2).Bytes;
        var meta = ProtoReader.Read(typeMeta.Bytes);
        var apiVersion = Str(meta, 1) ?? "";
        var kind = Str(meta, 2) ?? "";
        var fields = ProtoReader.Read(raw);
        var obj = new JsonObject { ["apiVersion"] = apiVersion, ["kind"] = kind };
        if (fields.FirstOrDefault(f => f.Number == 1) is { Number: 1 } m) obj["metadata"] = ObjectMeta(ProtoReader.Read(m.Bytes));
        switch (apiVersion, kind)
        {
            case ("v1", "Namespace"):
                if (fields.FirstOrDefault(f => f.Number == 2) is { Number: 2 } spec)
                {
                    var finalizers = Strings(ProtoReader.Read(spec.Bytes), 1);
                    if (finalizers.Count > 0) obj["spec"] = new JsonObject { ["finalizers"] = Array(finalizers) };
                }
                break;
            case ("v1", "ConfigMap"):
                SetMap(obj, "data", fields, 2, bytes: false);
                SetMap(obj, "binaryData", fields, 3, bytes: true);
                SetBool(obj, "immutable", fields, 4);
                break;
            case ("v1", "Secret"):
                SetMap(obj, "data", fields, 2, bytes: true);
                if (Str(fields, 3) is { } type) obj["type"] = type;
                SetMap(obj, "stringData", fields, 4, bytes: false);
                SetBool(obj, "immutable", fields, 5);
                break;
            default:
                throw new ApiError(415, "UnsupportedMediaType",
                    $"the emulator decodes protobuf only for Namespace, ConfigMap and Secret, not {apiVersion}/{kind}; send JSON (e.g. kubectl apply)");
        }
        return obj;
    }

    private static JsonObject ObjectMeta(List<ProtoReader.Field> f)
    {
        var meta = new JsonObject();
        if (Str(f, 1) is { Length: > 0 } name) meta["name"] = name;
        if (Str(f, 2) is { Length: > 0 } generateName) meta["generateName"] = generateName;
        if (Str(f, 3) is { Length: > 0 } ns) meta["namespace"] = ns;
        SetMap(meta, "labels", f, 11, bytes: false);
        SetMap(meta, "annotations", f, 12, bytes: false);
        var finalizers = Strings(f, 14);
        if (finalizers.Count > 0) meta["finalizers"] = Array(finalizers);
        return meta;
    }

    private static string? Str(List<ProtoReader.Field> f, int number) =>
        f.LastOrDefault(x => x.Number == number && x.WireType == 2) is { Number: > 0 } s ? Encoding.UTF8.GetString(s.Bytes.Span) : null;

    private static List<string> Strings(List<ProtoReader.Field> f, int number) =>
        f.Where(x => x.Number == number && x.WireType == 2).Select(x => Encoding.UTF8.GetString(x.Bytes.Span)).ToList();

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static void SetBool(JsonObject obj, string key, List<ProtoReader.Field> f, int number)
    {
        if (f.LastOrDefault(x => x.Number == number && x.WireType == 0) is { Number: > 0 } b) obj[key] = b.Varint != 0;
    }

    private static void SetMap(JsonObject obj, string key, List<ProtoReader.Field> f, int number, bool bytes)
    {
        var entries = f.Where(x => x.Number == number && x.WireType == 2).ToList();
        if (entries.Count == 0) return;
        var map = new JsonObject();
        foreach (var entry in entries)
        {
            var kv = ProtoReader.Read(entry.Bytes);
            var k = Str(kv, 1) ?? "";
            var v = kv.LastOrDefault(x => x.Number == 2 && x.WireType == 2).Bytes;
            map[k] = bytes ? Convert.ToBase64String(v.Span) : Encoding.UTF8.GetString(v.Span);
        }
        obj[key] = map;
    }
}
