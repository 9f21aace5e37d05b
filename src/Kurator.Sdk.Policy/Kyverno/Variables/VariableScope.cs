using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Rules;
using Newtonsoft.Json.Linq;

namespace Kurator.Sdk.Policy.Kyverno.Variables;

/// <summary>
/// The JMESPath data of one evaluation: <c>request.object</c>, <c>request.operation</c>, <c>request.userInfo</c> (empty:
/// no user before deploy) and, inside <c>foreach</c>, <c>element</c> and <c>elementIndex</c>. The resource is converted
/// only when a rule first needs a variable. Values supplied for the rule (a <c>kyverno test</c> values file) are set at
/// their dotted paths over that data.
/// </summary>
internal sealed class VariableScope
{
    private readonly JsonObject _resource;
    private readonly string _operation;
    private readonly IReadOnlyDictionary<string, JsonNode?>? _values;
    private JObject? _root;
    private Dictionary<string, JToken?>? _answers;

    // Newtonsoft copies a token that already has a parent when it is set as a property's value, and the foreach elements
    // sit in request.object: each element gets its "element" property once per object, re-attached for every rule.
    private Dictionary<JToken, JProperty>? _elementProperties;
    private Dictionary<JToken, JsonNode?>? _elementNodes;
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

    public JObject Root => _root ??= CreateRoot();

    /// <summary>The answer of an element-free query already asked for this object.</summary>
    public bool Cached(string query, out JToken? value)
    {
        value = null;
        return _answers is not null && _answers.TryGetValue(query, out value);
    }

    public void Cache(string query, JToken? value) => (_answers ??= new Dictionary<string, JToken?>(System.StringComparer.Ordinal))[query] = value;

    /// <summary>Sets <c>element</c>/<c>elementIndex</c> for a foreach body; returns what to restore afterwards.</summary>
    public (JProperty? Element, JProperty? Index) Enter(JToken element, int index)
    {
        var saved = (Root.Property("element", System.StringComparison.Ordinal), Root.Property("elementIndex", System.StringComparison.Ordinal));
        _elementProperties ??= new Dictionary<JToken, JProperty>(ReferenceEqualityComparer.Instance);
        if (!_elementProperties.TryGetValue(element, out var property))
        {
            _elementProperties[element] = property = new JProperty("element", element);
        }

        Attach(property);
        Attach(new JProperty("elementIndex", index));
        return saved;
    }

    public void Leave((JProperty? Element, JProperty? Index) saved)
    {
        Root.Remove("element");
        Root.Remove("elementIndex");
        if (saved.Element is not null) Attach(saved.Element);
        if (saved.Index is not null) Attach(saved.Index);
    }

    /// <summary>A foreach element as JSON for a pattern (converted once per object; patterns only read it).</summary>
    public JsonNode? ElementNode(JToken element)
    {
        _elementNodes ??= new Dictionary<JToken, JsonNode?>(ReferenceEqualityComparer.Instance);
        if (!_elementNodes.TryGetValue(element, out var node))
        {
            _elementNodes[element] = node = JsonBridge.ToNode(element);
        }

        return node;
    }

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

    // A removed property keeps no parent, so adding it again does not copy its value.
    private void Attach(JProperty property)
    {
        Root.Remove(property.Name);
        Root.Add(property);
    }

    private JObject CreateRoot()
    {
        var root = new JObject
        {
            ["request"] = new JObject
            {
                ["operation"] = _operation,
                ["object"] = JsonBridge.ToToken(_resource),
                ["userInfo"] = new JObject(),
            },
        };
        foreach (var (name, value) in _values ?? new Dictionary<string, JsonNode?>())
        {
            Set(root, name.Split('.'), JsonBridge.ToToken(value));
        }

        return root;
    }

    // Like Kyverno's context, a dotted name is a path of objects: missing (or non-object) steps become objects.
    private static void Set(JObject root, string[] steps, JToken value)
    {
        var current = root;
        foreach (var step in steps[..^1])
        {
            if (current[step] is not JObject next)
            {
                current[step] = next = new JObject();
            }

            current = next;
        }

        current[steps[^1]] = value;
    }
}
