using System.Collections.Generic;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;

namespace Kurator.Sdk.Policy.Kyverno.Variables;

/// <summary>
/// The JMESPath data of one evaluation: <c>request.object</c>, <c>request.operation</c>, <c>request.userInfo</c> (empty:
/// no user before deploy) and, inside <c>foreach</c>, <c>element</c> and <c>elementIndex</c>. The resource is converted
/// only when a rule first needs a variable.
/// </summary>
internal sealed class VariableScope
{
    private readonly JsonObject _resource;
    private readonly string _operation;
    private JObject? _root;
    private Dictionary<string, JToken?>? _answers;

    public VariableScope(JsonObject resource, string operation)
    {
        _resource = resource;
        _operation = operation;
    }

    public string Operation => _operation;

    /// <summary>True for a core Secret: messages then keep their variables unresolved, so no value of it is ever printed.</summary>
    public bool IsSecret => _resource["kind"] is JsonValue k && k.TryGetValue<string>(out var kind) && kind == "Secret"
        && _resource["apiVersion"] is JsonValue v && v.TryGetValue<string>(out var apiVersion) && apiVersion == "v1";

    public JObject Root => _root ??= new JObject
    {
        ["request"] = new JObject
        {
            ["operation"] = _operation,
            ["object"] = JsonBridge.ToToken(_resource),
            ["userInfo"] = new JObject(),
        },
    };

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
