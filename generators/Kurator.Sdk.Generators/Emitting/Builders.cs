using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Schema.Model;

namespace Kurator.Sdk.Generators.Emitting;

/// <summary>
/// Emits fluent builder methods so definitions read top-down: With{Field}(value), With{Field}(child => ...),
/// Add{Item}(item => ...) for lists and With{Field}(key, value) for maps. Objects made by a lambda are created
/// empty, so their required fields are checked by Validate rather than by the compiler.
/// </summary>
internal static class Builders
{
    private const string Activator = "global::Kurator.Sdk.KubeActivator.Create";

    public static void Emit(SourceWriter w, ObjectModel o)
    {
        var taken = new HashSet<string>();
        foreach (var p in o.Properties)
        {
            taken.Add(p.CsName);
        }

        var signatures = new HashSet<string>();
        foreach (var p in o.Properties)
        {
            var t = p.Type;
            var cs = TypeSyntax.Cs(t);
            Method(w, o, taken, signatures, "With" + p.CsName, new[] { (cs, "value") }, p, $"{p.CsName} = value;", $"Sets {p.JsonName}.");
            switch (t.Kind)
            {
                case TypeRefKind.Object:
                    Method(w, o, taken, signatures, "With" + p.CsName, new[] { ($"global::System.Action<{cs}>", "configure") }, p,
                        $"var child = {p.CsName} ?? {Activator}<{cs}>(); configure(child); {p.CsName} = child;",
                        $"Configures {p.JsonName}, creating it when absent.");
                    break;
                case TypeRefKind.List:
                    var item = TypeSyntax.Element(t.Element!);
                    var add = "Add" + Identifiers.Singular(p.CsName);
                    Method(w, o, taken, signatures, add, new[] { (item, "item") }, p, $"({p.CsName} ??= new {cs}()).Add(item);", $"Appends an item to {p.JsonName}.");
                    if (t.Element!.Kind == TypeRefKind.Object)
                    {
                        Method(w, o, taken, signatures, add, new[] { ($"global::System.Action<{item}>", "configure") }, p,
                            $"var child = {Activator}<{item}>(); configure(child); ({p.CsName} ??= new {cs}()).Add(child);",
                            $"Appends a new item to {p.JsonName}, configured by the lambda.");
                    }

                    break;
                case TypeRefKind.Map:
                    var value = TypeSyntax.Element(t.Element!);
                    Method(w, o, taken, signatures, "With" + p.CsName, new[] { ("string", "key"), (value, "value") }, p, $"({p.CsName} ??= new {cs}())[key] = value;", $"Sets one entry of {p.JsonName}.");
                    break;
            }
        }
    }

    private static void Method(SourceWriter w, ObjectModel o, HashSet<string> taken, HashSet<string> signatures, string name, (string Type, string Name)[] parameters, PropertyModel p, string body, string summary)
    {
        var types = string.Join(",", parameters.Select(x => x.Type));
        if (taken.Contains(name) || name == o.Name || !signatures.Add(name + "(" + types + ")"))
        {
            return;
        }

        // One summary line says it all; per-parameter and returns tags repeated the same words on every builder of every
        // type, and the compiler parses and checks each of them.
        w.Line($"/// <summary>{Identifiers.Xml(summary)} Returns this object, for chaining.</summary>");
        w.Open($"public {o.Name} {name}({string.Join(", ", parameters.Select(x => x.Type + " " + x.Name))})");
        w.Line(body);
        w.Line("return this;");
        w.Close();
        w.Line();
    }
}
