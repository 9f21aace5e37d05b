using System.Collections.Generic;
using System.Text.Json.Nodes;
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

    public VariableScope(JsonObject resource, string operation, IReadOnlyDictionary<string, JsonNode?>? values = null)
    {
        _resource = resource;
        _operation = operation;
        _values = values;
    }

    public string Operation => _operation;

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
    public (JToken? Element, JToken? Index) Enter(JToken element, int index)
    {
        var saved = (Root["element"], Root["elementIndex"]);
        Root["element"] = element;
        Root["elementIndex"] = index;
        return saved;
    }

    public void Leave((JToken? Element, JToken? Index) saved)
    {
        Restore("element", saved.Element);
        Restore("elementIndex", saved.Index);
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

    private void Restore(string name, JToken? value)
    {
        if (value is null)
        {
            Root.Remove(name);
        }
        else
        {
            Root[name] = value;
        }
    }
}
