using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Engine;

namespace Kurator.Sdk.Policy.Evaluation;

/// <summary>
/// Rendered JSON as the Pod Security evaluator reads it. Every set value has a text (objects and lists their JSON),
/// so a malformed value where a scalar belongs is judged, not skipped: it fails closed.
/// </summary>
internal sealed class JsonPolicyNode : IPolicyNode<JsonPolicyNode>
{
    public JsonPolicyNode(JsonNode? json) => Json = json;

    /// <summary>The JSON value; null for JSON null.</summary>
    public JsonNode? Json { get; }

    public PolicyNodeKind Kind => Json switch
    {
        null => PolicyNodeKind.Unset,
        JsonObject => PolicyNodeKind.Object,
        JsonArray => PolicyNodeKind.List,
        _ => PolicyNodeKind.Scalar,
    };

    public string? Text => Json is null ? null : ScalarText.Of(Json);

    public bool IsString => Json is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String;

    public bool IsOpen => false;

    public JsonPolicyNode? Field(string name) =>
        Json is JsonObject obj && obj.TryGetPropertyValue(name, out var value) ? new JsonPolicyNode(value) : null;

    public IEnumerable<KeyValuePair<string, JsonPolicyNode>> Fields()
    {
        if (Json is not JsonObject obj)
        {
            yield break;
        }

        foreach (var property in obj)
        {
            yield return new KeyValuePair<string, JsonPolicyNode>(property.Key, new JsonPolicyNode(property.Value));
        }
    }

    public IEnumerable<JsonPolicyNode> Items()
    {
        if (Json is not JsonArray array)
        {
            yield break;
        }

        foreach (var item in array)
        {
            yield return new JsonPolicyNode(item);
        }
    }
}
