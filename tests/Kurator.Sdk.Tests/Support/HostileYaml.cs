using System.Linq;
using System.Text;

namespace Kurator.Sdk.Tests.Support;

/// <summary>Small files that expand into huge or deeply nested trees: the inputs the document limits exist for.</summary>
public static class HostileYaml
{
    /// <summary>A ConfigMap whose data holds a "billion laughs": <paramref name="levels"/> anchors, each aliasing the previous one <paramref name="fanout"/> times.</summary>
    public static string AliasBomb(int levels = 9, int fanout = 9)
    {
        var sb = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n");
        sb.Append("  a0: &a0 [").Append(string.Join(",", Enumerable.Repeat("\"lol\"", fanout))).Append("]\n");
        for (var i = 1; i < levels; i++)
        {
            sb.Append($"  a{i}: &a{i} [").Append(string.Join(",", Enumerable.Repeat($"*a{i - 1}", fanout))).Append("]\n");
        }

        return sb.ToString();
    }

    /// <summary>Flow sequences nested <paramref name="depth"/> deep on one line: <c>[[[...]]]</c>.</summary>
    public static string DeepFlow(int depth) => new string('[', depth) + new string(']', depth) + "\n";

    /// <summary>Block mappings nested <paramref name="depth"/> deep, one level per line: <c>a:\n  a:\n    a: ...</c>.</summary>
    public static string DeepBlock(int depth)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            sb.Append(' ', 2 * i).Append("a:\n");
        }

        return sb.ToString();
    }

    /// <summary>Block sequences nested <paramref name="depth"/> deep on one line: <c>- - - ... x</c>.</summary>
    public static string DeepDashes(int depth) => string.Concat(Enumerable.Repeat("- ", depth)) + "x\n";

    /// <summary>JSON arrays nested <paramref name="depth"/> deep.</summary>
    public static string DeepJson(int depth) => DeepFlow(depth);
}
