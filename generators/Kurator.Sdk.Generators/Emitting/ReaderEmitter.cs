using System.Linq;
using Kurator.Sdk.Schema.Model;

namespace Kurator.Sdk.Generators.Emitting;

/// <summary>Emits the static ReadFrom method: a switch over field names, unknown fields reported or kept.</summary>
internal static class ReaderEmitter
{
    public static void Emit(SourceWriter w, ObjectModel o)
    {
        var kind = o.Kind;
        w.Line($"/// <summary>Reads a {Identifiers.Xml(o.Name)} from a parsed document node; problems go to the reader's errors.</summary>");
        w.Line("/// <param name=\"node\">The node.</param>");
        w.Line("/// <param name=\"r\">The reader state.</param>");
        w.Line("/// <returns>The object, or null when the node is null or not an object.</returns>");
        w.Open($"public static {o.Name}? ReadFrom(global::Kurator.Sdk.Schema.Documents.DocNode node, {TypeSyntax.Ser}KubeReader r)");
        w.Line("var map = r.Object(node);");
        w.Open("if (map is null)");
        w.Line("return null;");
        w.Close();
        var inits = o.Properties.Where(p => p.RequiredMember).Select(p => $"{p.CsName} = {(TypeSyntax.IsValueType(p.Type) ? "null" : "default!")}").ToList();
        w.Line(inits.Count == 0 ? $"var o = new {o.Name}();" : $"var o = new {o.Name} {{ {string.Join(", ", inits)} }};");
        w.Open("foreach (var e in map.Entries)");
        w.Line("r.Path.Push(e.Key.Value);");
        w.Open("switch (e.Key.Value)");
        if (kind != null)
        {
            w.Line("case \"apiVersion\":");
            w.Line("    r.Expect(e.Value, KindApiVersion);");
            w.Line("    break;");
            w.Line("case \"kind\":");
            w.Line("    r.Expect(e.Value, KindName);");
            w.Line("    break;");
            if (kind.HasObjectMeta)
            {
                w.Line("case \"metadata\":");
                w.Line("    o.Metadata = global::Kurator.Sdk.Kubernetes.Meta.V1.ObjectMeta.ReadFrom(e.Value, r) ?? new global::Kurator.Sdk.Kubernetes.Meta.V1.ObjectMeta();");
                w.Line("    break;");
            }
        }

        foreach (var p in o.Properties)
        {
            w.Line($"case {ObjectEmitter.Str(p.JsonName)}:");
            var expr = TypeSyntax.Read(p.Type, "e.Value", "r", 0);
            var bang = p.RequiredMember && !TypeSyntax.IsValueType(p.Type) ? "!" : string.Empty;
            w.Line($"    o.{p.CsName} = {expr}{bang};");
            w.Line("    break;");
        }

        w.Line("default:");
        w.Line(o.KeepsUnknownFields ? "    r.Keep(o, e.Key, e.Value);" : "    r.Unknown(o, e.Key, e.Value);");
        w.Line("    break;");
        w.Close();
        w.Line("r.Path.Pop();");
        w.Close();
        w.Line("return o;");
        w.Close();
        w.Line();
    }
}
