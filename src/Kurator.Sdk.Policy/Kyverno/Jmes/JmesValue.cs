using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Policy.Kyverno.Jmes;

/// <summary>
/// A JMESPath value. Data of the document is borrowed: the value points at the <see cref="JsonNode"/> it came from and
/// nothing is copied. What evaluation computes (projections, multi-selects, function results) is held as our own list
/// (<see cref="List{T}"/>) or ordered map (<see cref="OrderedDictionary{TKey, TValue}"/>) of values. Immutable once
/// made: evaluation never changes a list or map it did not just create.
/// </summary>
internal readonly struct JmesValue
{
    public static readonly JmesValue Null = default;
    public static readonly JmesValue True = new(JmesKind.True, null, 0);
    public static readonly JmesValue False = new(JmesKind.False, null, 0);

    // A borrowed JsonNode, a string, a List<JmesValue>, an OrderedDictionary<string, JmesValue> or a JmesNode (reference).
    private readonly object? _payload;
    private readonly double _number;

    private JmesValue(JmesKind kind, object? payload, double number)
    {
        Kind = kind;
        _payload = payload;
        _number = number;
    }

    public JmesKind Kind { get; }

    public bool IsNull => Kind == JmesKind.Null;

    /// <summary>The node this value borrows from the document, if it is one.</summary>
    public JsonNode? Node => _payload as JsonNode;

    /// <summary>JMESPath truthiness: false, null, "", [] and {} are false; everything else (0 too) is true.</summary>
    public bool IsTruthy => Kind switch
    {
        JmesKind.Null or JmesKind.False => false,
        JmesKind.String => AsString().Length > 0,
        JmesKind.Array or JmesKind.Object => Count > 0,
        _ => true,
    };

    /// <summary>The number of an array's items or an object's properties.</summary>
    public int Count => _payload switch
    {
        JsonArray a => a.Count,
        JsonObject o => o.Count,
        List<JmesValue> l => l.Count,
        OrderedDictionary<string, JmesValue> d => d.Count,
        _ => 0,
    };

    /// <summary>The expression of a reference (<c>&amp;expr</c>).</summary>
    public JmesNode Expression => (JmesNode)_payload!;

    /// <summary>The type name JMESPath's <c>type()</c> gives.</summary>
    public string TypeName => Kind switch
    {
        JmesKind.Null => "null",
        JmesKind.False or JmesKind.True => "boolean",
        JmesKind.Number => "number",
        JmesKind.String => "string",
        JmesKind.Array => "array",
        JmesKind.Object => "object",
        _ => "expref",
    };

    public static JmesValue Bool(bool value) => value ? True : False;

    public static JmesValue Number(double value) => new(JmesKind.Number, null, value);

    public static JmesValue String(string value) => new(JmesKind.String, value, 0);

    public static JmesValue Array(List<JmesValue> items) => new(JmesKind.Array, items, 0);

    public static JmesValue Object(OrderedDictionary<string, JmesValue> properties) => new(JmesKind.Object, properties, 0);

    public static JmesValue Reference(JmesNode expression) => new(JmesKind.Expression, expression, 0);

    /// <summary>Borrows <paramref name="node"/> (nothing is copied; a JSON null, or no node, is <see cref="Null"/>).</summary>
    public static JmesValue From(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return Null;
            case JsonObject:
                return new JmesValue(JmesKind.Object, node, 0);
            case JsonArray:
                return new JmesValue(JmesKind.Array, node, 0);
        }

        return node.GetValueKind() switch
        {
            JsonValueKind.String => new JmesValue(JmesKind.String, node, 0),
            JsonValueKind.Number => new JmesValue(JmesKind.Number, node, 0),
            JsonValueKind.True => True,
            JsonValueKind.False => False,
            _ => Null,
        };
    }

    public double AsNumber() => _payload is JsonValue v ? NumberOf(v) : _number;

    public string AsString() => _payload as string ?? ((JsonValue)_payload!).GetValue<string>();

    /// <summary>Item <paramref name="index"/> (0-based, in range) of an array.</summary>
    public JmesValue Item(int index) => _payload is List<JmesValue> list ? list[index] : From(((JsonArray)_payload!)[index]);

    /// <summary>A property of an object; false when absent (or this is no object).</summary>
    public bool TryGetProperty(string name, out JmesValue value)
    {
        switch (_payload)
        {
            case JsonObject o when o.TryGetPropertyValue(name, out var node):
                value = From(node);
                return true;
            case OrderedDictionary<string, JmesValue> d:
                return d.TryGetValue(name, out value);
            default:
                value = Null;
                return false;
        }
    }

    /// <summary>The properties of an object, in order.</summary>
    public IEnumerable<KeyValuePair<string, JmesValue>> Properties()
    {
        if (_payload is OrderedDictionary<string, JmesValue> d)
        {
            foreach (var p in d)
            {
                yield return p;
            }
        }
        else if (_payload is JsonObject o)
        {
            foreach (var (key, node) in o)
            {
                yield return new KeyValuePair<string, JmesValue>(key, From(node));
            }
        }
    }

    /// <summary>The items of an array as a list of our own (a copy of the list only, never of the items).</summary>
    public List<JmesValue> ToList()
    {
        var list = new List<JmesValue>(Count);
        for (var i = 0; i < Count; i++)
        {
            list.Add(Item(i));
        }

        return list;
    }

    // Numbers of parsed JSON convert directly; a node made from a CLR number (int, long, decimal ...) is read from its text.
    private static double NumberOf(JsonValue v)
    {
        if (v.TryGetValue<double>(out var d))
        {
            return d;
        }

        if (v.TryGetValue<long>(out var l))
        {
            return l;
        }

        if (v.TryGetValue<int>(out var i))
        {
            return i;
        }

        return double.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
