using System;
using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>An object as it will be applied: labelled as a member of the app's ApplySet and stamped with a digest.</summary>
internal sealed class DesiredObject
{
    /// <summary>Digest of what was last applied; equal on the live object means nothing to send.</summary>
    public const string DigestAnnotation = "sdk.kurator.dev/applied-digest";

    private DesiredObject(JsonObject body, ObjectRef reference, string digest)
    {
        Body = body;
        Ref = reference;
        Digest = digest;
    }

    public JsonObject Body { get; }

    public ObjectRef Ref { get; }

    public string Digest { get; }

    /// <summary>Prepares <paramref name="source"/> (not modified) for applying in a cluster.</summary>
    /// <param name="source">The object.</param>
    /// <param name="set">The app's ApplySet.</param>
    /// <param name="defaultNamespace">Set on namespaced objects that name none; null for cluster-scoped kinds.</param>
    public static DesiredObject Create(JsonObject source, ApplySetIdentity set, string? defaultNamespace)
    {
        var body = (JsonObject)source.DeepClone();
        var metadata = body["metadata"] as JsonObject ?? new JsonObject();
        body["metadata"] = metadata;
        if (defaultNamespace is not null && string.IsNullOrEmpty((string?)metadata["namespace"])) metadata["namespace"] = defaultNamespace;
        var labels = metadata["labels"] as JsonObject ?? new JsonObject();
        metadata["labels"] = labels;
        labels[ApplySetIdentity.PartOfLabel] = set.Id;
        var annotations = metadata["annotations"] as JsonObject;
        annotations?.Remove(DigestAnnotation);
        var digest = Convert.ToHexStringLower(SHA256.HashData(Utf8(body)));
        annotations ??= new JsonObject();
        metadata["annotations"] = annotations;
        annotations[DigestAnnotation] = digest;
        return new DesiredObject(body, ObjectRef.Of(body), digest);
    }

    // One buffer per thread, reused: every cluster prepares every object, so these add up.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    /// <summary>The object's JSON text (as <c>ToJsonString()</c> writes it) in UTF-8, written as bytes directly.</summary>
    private static ReadOnlySpan<byte> Utf8(JsonObject body)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer)) body.WriteTo(writer);
        return buffer.WrittenSpan;
    }

    /// <summary>
    /// True when <paramref name="live"/> needs no apply: it is not being deleted, it was last applied from this same
    /// definition (so no field this set owned was dropped from it), and it still holds every field the definition sets,
    /// with the same values (no out-of-band drift). Decided from the live object alone: no request.
    /// </summary>
    public bool IsUnchanged(LiveObject? live) =>
        live is not null
        && !live.IsDeleting
        && DefinitionUnchanged(live)
        && Drift.Find(Body, live) is null;

    /// <summary>True when the live object's digest says it was last applied from this definition.</summary>
    public bool DefinitionUnchanged(LiveObject live) =>
        LiveObject.Property(LiveObject.Property(live.Metadata, "annotations"), DigestAnnotation) is { ValueKind: JsonValueKind.String } digest && digest.ValueEquals(Digest);
}
