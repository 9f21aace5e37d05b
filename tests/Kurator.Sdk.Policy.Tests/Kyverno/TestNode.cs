using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Policy.Engine;

namespace Kurator.Sdk.Policy.Tests.Kyverno;

/// <summary>A hand-built node tree, as a compile-time front end would present C# code (with unknown and unseen values).</summary>
internal sealed class TestNode : IPolicyNode<TestNode>
{
    private readonly List<KeyValuePair<string, TestNode>> _fields = new();
    private readonly List<TestNode> _items = new();

    private TestNode(PolicyNodeKind kind, string? text = null, bool isString = false, bool isOpen = false)
    {
        Kind = kind;
        Text = text;
        IsString = isString;
        IsOpen = isOpen;
    }

    public PolicyNodeKind Kind { get; }

    public string? Text { get; }

    public bool IsString { get; }

    public bool IsOpen { get; }

    public static TestNode Str(string text) => new(PolicyNodeKind.Scalar, text, isString: true);

    public static TestNode Num(string text) => new(PolicyNodeKind.Scalar, text);

    public static TestNode Unknown() => new(PolicyNodeKind.Unknown);

    public static TestNode Unseen() => new(PolicyNodeKind.Unseen);

    public static TestNode Obj(bool open = false, params (string Key, TestNode Value)[] fields)
    {
        var node = new TestNode(PolicyNodeKind.Object, isOpen: open);
        node._fields.AddRange(fields.Select(f => new KeyValuePair<string, TestNode>(f.Key, f.Value)));
        return node;
    }

    public static TestNode Obj(params (string Key, TestNode Value)[] fields) => Obj(false, fields);

    public static TestNode List(bool open = false, params TestNode[] items)
    {
        var node = new TestNode(PolicyNodeKind.List, isOpen: open);
        node._items.AddRange(items);
        return node;
    }

    public static TestNode List(params TestNode[] items) => List(false, items);

    public TestNode? Field(string name)
    {
        foreach (var field in _fields)
        {
            if (field.Key == name)
            {
                return field.Value;
            }
        }

        return IsOpen ? Unseen() : null;
    }

    public IEnumerable<KeyValuePair<string, TestNode>> Fields() => _fields;

    public IEnumerable<TestNode> Items() => _items;
}
