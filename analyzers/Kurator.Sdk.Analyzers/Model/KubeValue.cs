using System.Globalization;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>A value as the analyzers see it: a constant in wire form, a tracked object/list/map, null, or unknown.</summary>
internal sealed class KubeValue
{
    private KubeValue(KubeValueKind kind, string? text = null, object? constant = null, KubeNode? node = null, KubeList? list = null, KubeMap? map = null)
    {
        Kind = kind;
        Text = text;
        Constant = constant;
        Node = node;
        List = list;
        Map = map;
    }

    public static KubeValue Unknown { get; } = new KubeValue(KubeValueKind.Unknown);

    public static KubeValue Null { get; } = new KubeValue(KubeValueKind.Null);

    public KubeValueKind Kind { get; }

    /// <summary>The wire text of a scalar (<c>true</c>, <c>0</c>, <c>RuntimeDefault</c>).</summary>
    public string? Text { get; }

    /// <summary>The C# constant of a scalar (string, bool, or a number), for range checks.</summary>
    public object? Constant { get; }

    public KubeNode? Node { get; }

    public KubeList? List { get; }

    public KubeMap? Map { get; }

    /// <summary>True for an absent-equivalent value (null).</summary>
    public bool IsNull => Kind == KubeValueKind.Null;

    public static KubeValue Scalar(object constant, string? wireText = null)
    {
        var text = wireText ?? constant switch
        {
            bool b => b ? "true" : "false",
            string s => s,
            System.IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => constant.ToString(),
        };
        return new KubeValue(KubeValueKind.Scalar, text, constant);
    }

    public static KubeValue Of(KubeNode node) => new KubeValue(KubeValueKind.Object, node: node);

    public static KubeValue Of(KubeList list) => new KubeValue(KubeValueKind.List, list: list);

    public static KubeValue Of(KubeMap map) => new KubeValue(KubeValueKind.Map, map: map);
}
