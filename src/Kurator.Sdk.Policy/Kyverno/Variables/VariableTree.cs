using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;

namespace Kurator.Sdk.Policy.Kyverno.Variables;

/// <summary>
/// A JSON value (condition key/value, pattern) whose strings may hold variables: compiled once; resolving returns the
/// original node untouched when it has no variables, else a copy with every variable substituted.
/// </summary>
internal sealed class VariableTree
{
    private readonly JsonNode? _node;
    private readonly Dictionary<string, VariableText>? _texts; // by JSON path of each string holding a variable

    private readonly string _root;

    private VariableTree(JsonNode? node, string root, Dictionary<string, VariableText>? texts)
    {
        _node = node;
        _root = root;
        _texts = texts;
    }

    public bool HasVariables => _texts is not null;

    public JsonNode? Original => _node;

    /// <summary>Compiles; throws <see cref="VariableSyntaxException"/> naming the field path of an invalid variable.</summary>
    public static VariableTree Compile(JsonNode? node, string path)
    {
        Dictionary<string, VariableText>? texts = null;
        Collect(node, path, ref texts);
        return new VariableTree(node, path, texts);
    }

    /// <summary>
    /// The value with its variables substituted: the original when it has none. A tree that is one variable may give a
    /// node of the resource itself: callers only read the result.
    /// </summary>
    public JsonNode? Resolve(VariableScope scope) => _texts is null ? _node : Substitute(_node, _root, scope, nested: false);

    // A value nested in the copy is attached to it, so it must be a node of its own.
    private JsonNode? Substitute(JsonNode? node, string path, VariableScope scope, bool nested)
    {
        switch (node)
        {
            case JsonObject obj:
                var o = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    o[key] = Substitute(value, FieldPath.Property(path, key), scope, nested: true);
                }

                return o;
            case JsonArray arr:
                var a = new JsonArray();
                for (var i = 0; i < arr.Count; i++)
                {
                    a.Add(Substitute(arr[i], FieldPath.Index(path, i), scope, nested: true));
                }

                return a;
            case JsonValue when _texts!.TryGetValue(path, out var text):
                return text.Resolve(scope, detached: nested);
            default:
                return node?.DeepClone();
        }
    }

    private static void Collect(JsonNode? node, string path, ref Dictionary<string, VariableText>? texts)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    Collect(value, FieldPath.Property(path, key), ref texts);
                }

                break;
            case JsonArray arr:
                for (var i = 0; i < arr.Count; i++)
                {
                    Collect(arr[i], FieldPath.Index(path, i), ref texts);
                }

                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String && VariableText.MayHaveVariables(v.GetValue<string>()):
                try
                {
                    (texts ??= new Dictionary<string, VariableText>(StringComparer.Ordinal))[path] = VariableText.Parse(v.GetValue<string>());
                }
                catch (FormatException e)
                {
                    throw new VariableSyntaxException(path, e.Message, e);
                }

                break;
        }
    }
}
