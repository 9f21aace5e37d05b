using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;

namespace Kurator.Sdk.Policy.Kyverno.Model;

/// <summary>
/// Reads fields of one policy document, reporting each malformed field as a problem at its path and line (the policy
/// then loads without the rule that holds it: fail closed, never a crash).
/// </summary>
internal sealed class PolicyReader
{
    private readonly KyvernoPolicySource _source;
    private readonly List<KyvernoPolicyProblem> _problems;

    public PolicyReader(KyvernoPolicySource source, List<KyvernoPolicyProblem> problems)
    {
        _source = source;
        _problems = problems;
    }

    public KyvernoPolicySource Source => _source;

    public int ProblemCount => _problems.Count;

    public void Problem(string path, string message) =>
        _problems.Add(new KyvernoPolicyProblem(_source.File, _source.LineAt(path), path, message));

    /// <summary>A string field: null when absent; a problem (and null) when it is not a string.</summary>
    public string? String(JsonObject parent, string name, string parentPath)
    {
        var node = parent[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            return v.GetValue<string>();
        }

        Problem(FieldPath.Property(parentPath, name), "expected a string, found " + Describe(node));
        return null;
    }

    public bool? Bool(JsonObject parent, string name, string parentPath)
    {
        var node = parent[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return v.GetValue<bool>();
        }

        Problem(FieldPath.Property(parentPath, name), "expected true or false, found " + Describe(node));
        return null;
    }

    public JsonObject? Object(JsonObject parent, string name, string parentPath)
    {
        var node = parent[name];
        if (node is null or JsonObject)
        {
            return (JsonObject?)node;
        }

        Problem(FieldPath.Property(parentPath, name), "expected a mapping, found " + Describe(node));
        return null;
    }

    public JsonArray? Array(JsonObject parent, string name, string parentPath)
    {
        var node = parent[name];
        if (node is null or JsonArray)
        {
            return (JsonArray?)node;
        }

        Problem(FieldPath.Property(parentPath, name), "expected a list, found " + Describe(node));
        return null;
    }

    /// <summary>A list of strings; null when absent; problems for items that are not strings.</summary>
    public List<string>? Strings(JsonObject parent, string name, string parentPath)
    {
        if (Array(parent, name, parentPath) is not { } array)
        {
            return null;
        }

        var path = FieldPath.Property(parentPath, name);
        var list = new List<string>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonValue v && v.GetValueKind() == JsonValueKind.String)
            {
                list.Add(v.GetValue<string>());
            }
            else
            {
                Problem(FieldPath.Index(path, i), "expected a string, found " + Describe(array[i]));
            }
        }

        return list;
    }

    /// <summary>A map of string to string (labels, annotations); null when absent.</summary>
    public Dictionary<string, string>? StringMap(JsonObject parent, string name, string parentPath)
    {
        if (Object(parent, name, parentPath) is not { } obj)
        {
            return null;
        }

        var path = FieldPath.Property(parentPath, name);
        var map = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var (key, value) in obj)
        {
            if (value is JsonValue v && v.GetValueKind() != JsonValueKind.Null)
            {
                map[key] = v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString();
            }
            else
            {
                Problem(FieldPath.Property(path, key), "expected a string value, found " + Describe(value));
            }
        }

        return map;
    }

    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "a mapping",
        JsonArray => "a list",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        },
        _ => "a value",
    };
}
