using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Kyverno.Jmes;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Policy.Kyverno.Variables;

/// <summary>
/// The JMESPath data of one evaluation: <c>request.object</c>, <c>request.operation</c>, <c>request.userInfo</c> (empty:
/// no user before deploy) and, inside <c>foreach</c>, <c>element</c> and <c>elementIndex</c>. The resource and any
/// supplied values are borrowed, never copied; values supplied for the rule (a <c>kyverno test</c> values file) are set
/// at their dotted paths over that data. Used by one thread at a time.
/// </summary>
internal sealed class VariableScope
{
    private readonly JsonObject _resource;
    private readonly string _operation;
    private readonly IReadOnlyDictionary<string, JsonNode?>? _values;
    private OrderedDictionary<string, JmesValue>? _root;
    private Dictionary<string, JmesValue>? _answers;
    private Dictionary<(PodSecurityLevel Level, PodSecurityVersion Version), IReadOnlyList<PodSecurityViolation>>? _podSecurity;

    public VariableScope(JsonObject resource, string operation, IReadOnlyDictionary<string, JsonNode?>? values = null)
    {
        _resource = resource;
        _operation = operation;
        _values = values;
    }

    public string Operation => _operation;

    /// <summary>The object under evaluation.</summary>
    public JsonObject Resource => _resource;

    /// <summary>True for a core Secret: messages then keep their variables unresolved, so no value of it is ever printed.</summary>
    public bool IsSecret => _resource["kind"] is JsonValue k && k.TryGetValue<string>(out var kind) && kind == "Secret"
        && _resource["apiVersion"] is JsonValue v && v.TryGetValue<string>(out var apiVersion) && apiVersion == "v1";

    /// <summary>The data JMESPath expressions read (made when a rule first needs a variable).</summary>
    public JmesValue Root => JmesValue.Object(RootProperties);

    private OrderedDictionary<string, JmesValue> RootProperties => _root ??= CreateRoot();

    /// <summary>The answer of an element-free query already asked for this object.</summary>
    public bool Cached(string query, out JmesValue value)
    {
        value = JmesValue.Null;
        return _answers is not null && _answers.TryGetValue(query, out value);
    }

    public void Cache(string query, JmesValue value) => (_answers ??= new Dictionary<string, JmesValue>(StringComparer.Ordinal))[query] = value;

    /// <summary>Sets <c>element</c>/<c>elementIndex</c> for a foreach body; returns what to restore afterwards.</summary>
    public ForeachFrame Enter(JmesValue element, int index)
    {
        var root = RootProperties;
        var saved = new ForeachFrame(Saved(root, "element"), Saved(root, "elementIndex"));
        root["element"] = element;
        root["elementIndex"] = JmesValue.Number(index);
        return saved;
    }

    public void Leave(ForeachFrame saved)
    {
        var root = RootProperties;
        Restore(root, "element", saved.Element);
        Restore(root, "elementIndex", saved.Index);
    }

    /// <summary>
    /// A foreach element as JSON for a pattern, which only reads it: an element of the document is that node itself;
    /// only a computed one (a multi-select) is made into nodes.
    /// </summary>
    public static JsonNode? ElementNode(JmesValue element) => JmesJson.ToNode(element, detached: false);

    /// <summary>
    /// The object's Pod Security violations at one level and version, evaluated once per object: several podSecurity
    /// rules (with different exclusions, and their autogen copies) judge the same pods.
    /// </summary>
    public IReadOnlyList<PodSecurityViolation> PodSecurity(PodSecurityLevel level, PodSecurityVersion version)
    {
        _podSecurity ??= new Dictionary<(PodSecurityLevel, PodSecurityVersion), IReadOnlyList<PodSecurityViolation>>();
        if (!_podSecurity.TryGetValue((level, version), out var known))
        {
            _podSecurity[(level, version)] = known = PodSecurityEvaluator.Evaluate(_resource, level, version);
        }

        return known;
    }

    private static JmesValue? Saved(OrderedDictionary<string, JmesValue> root, string name) =>
        root.TryGetValue(name, out var value) ? value : null;

    private static void Restore(OrderedDictionary<string, JmesValue> root, string name, JmesValue? value)
    {
        if (value is { } v)
        {
            root[name] = v;
        }
        else
        {
            root.Remove(name);
        }
    }

    private OrderedDictionary<string, JmesValue> CreateRoot()
    {
        var request = new OrderedDictionary<string, JmesValue>(StringComparer.Ordinal)
        {
            ["operation"] = JmesValue.String(_operation),
            ["object"] = JmesValue.From(_resource),
            ["userInfo"] = JmesValue.Object(new OrderedDictionary<string, JmesValue>(StringComparer.Ordinal)),
        };
        var root = new OrderedDictionary<string, JmesValue>(StringComparer.Ordinal) { ["request"] = JmesValue.Object(request) };
        foreach (var (name, value) in _values ?? new Dictionary<string, JsonNode?>())
        {
            Set(root, name.Split('.'), JmesValue.From(value));
        }

        return root;
    }

    // Like Kyverno's context, a dotted name is a path of objects: missing (or non-object) steps become objects. An object
    // of the document on the path is copied one level (its properties still borrowed), so the document is not changed.
    private static void Set(OrderedDictionary<string, JmesValue> root, string[] steps, JmesValue value)
    {
        var current = root;
        foreach (var step in steps[..^1])
        {
            var next = new OrderedDictionary<string, JmesValue>(StringComparer.Ordinal);
            if (current.TryGetValue(step, out var existing) && existing.Kind == JmesKind.Object)
            {
                foreach (var (key, item) in existing.Properties())
                {
                    next[key] = item;
                }
            }

            current[step] = JmesValue.Object(next);
            current = next;
        }

        current[steps[^1]] = value;
    }
}
