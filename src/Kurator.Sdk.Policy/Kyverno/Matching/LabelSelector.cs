using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Kyverno.Model;
using Kurator.Sdk.Policy.Kyverno.Patterns;

namespace Kurator.Sdk.Policy.Kyverno.Matching;

/// <summary>
/// A Kubernetes label selector (<c>matchLabels</c> and <c>matchExpressions</c> with In, NotIn, Exists, DoesNotExist);
/// as in Kyverno, <c>matchLabels</c> values may use <c>*</c>/<c>?</c> wildcards.
/// </summary>
internal sealed class LabelSelector
{
    private readonly List<(Wildcard Key, Wildcard Value)> _labels = new();
    private readonly List<(string Key, string Operator, HashSet<string> Values)> _expressions = new();

    private LabelSelector()
    {
    }

    public static LabelSelector? Read(JsonObject parent, string name, string parentPath, PolicyReader reader)
    {
        if (reader.Object(parent, name, parentPath) is not { } obj)
        {
            return null;
        }

        var path = FieldPath.Property(parentPath, name);
        var selector = new LabelSelector();
        foreach (var (key, value) in reader.StringMap(obj, "matchLabels", path) ?? new Dictionary<string, string>())
        {
            selector._labels.Add((new Wildcard(key), new Wildcard(value)));
        }

        var expressions = reader.Array(obj, "matchExpressions", path);
        for (var i = 0; expressions is not null && i < expressions.Count; i++)
        {
            var itemPath = FieldPath.Index(FieldPath.Property(path, "matchExpressions"), i);
            if (expressions[i] is not JsonObject e)
            {
                reader.Problem(itemPath, "expected a mapping with key, operator and values");
                continue;
            }

            var key = reader.String(e, "key", itemPath);
            var op = reader.String(e, "operator", itemPath);
            var values = reader.Strings(e, "values", itemPath) ?? new List<string>();
            if (key is null || op is not ("In" or "NotIn" or "Exists" or "DoesNotExist"))
            {
                reader.Problem(itemPath, "a match expression needs a key and an operator In, NotIn, Exists or DoesNotExist");
                continue;
            }

            selector._expressions.Add((key, op, new HashSet<string>(values, StringComparer.Ordinal)));
        }

        return selector;
    }

    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        foreach (var (key, value) in _labels)
        {
            var found = false;
            foreach (var (k, v) in labels)
            {
                if (key.Matches(k) && value.Matches(v))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        foreach (var (key, op, values) in _expressions)
        {
            var has = labels.TryGetValue(key, out var v);
            var ok = op switch
            {
                "In" => has && values.Contains(v!),
                "NotIn" => !has || !values.Contains(v!),
                "Exists" => has,
                _ => !has,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
