using System.Globalization;
using System.Linq;
using Kurator.Sdk.Schema.Model;

namespace Kurator.Sdk.Generators.Emitting;

/// <summary>Emits one generated class: properties, fluent builders, and its writer, reader and validator.</summary>
internal static class ObjectEmitter
{
    public static void Emit(SourceWriter w, ObjectModel o)
    {
        var kind = o.Kind;
        var baseType = kind == null ? TypeSyntax.Rt + "KubeModel" : kind.HasObjectMeta ? TypeSyntax.Rt + "KubeObject" : TypeSyntax.Rt + "KubeResource";
        var apiVersion = kind == null ? null : (kind.Group.Length == 0 ? kind.Version : kind.Group + "/" + kind.Version);
        var facts = kind != null
            ? $"{kind.Kind} ({apiVersion}){(kind.Plural.Length > 0 ? ", resource " + kind.Plural + (kind.Namespaced ? ", namespaced" : ", cluster-scoped") : string.Empty)}."
            : $"Schema object at {o.SchemaPath}.";
        DocComments.Summary(w, o.Description, facts);
        if (kind != null)
        {
            w.Line($"[{TypeSyntax.Rt}KubeKind({Str(kind.Group)}, {Str(kind.Version)}, {Str(kind.Kind)}, {Str(kind.Plural)}, {(kind.Namespaced ? "true" : "false")})]");
            if (kind.Deprecated)
            {
                // Not [Obsolete]: CS0618 would fail every TreatWarningsAsErrors build; KSDK6001 reports it, with a severity of its own.
                var named = (kind.DeprecationWarning != null ? ", Warning = " + Str(kind.DeprecationWarning) : string.Empty)
                    + (kind.ServedBy != null ? ", ServedBy = " + Str(kind.ServedBy) : string.Empty);
                w.Line($"[{TypeSyntax.Rt}KubeDeprecatedVersion({(kind.PreferredVersion != null ? Str(kind.PreferredVersion) : "null")}{named})]");
            }
        }

        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"Kurator.Sdk.Generators\", \"1.0\")]");
        w.Open($"public sealed partial class {o.Name} : {baseType}");
        if (kind != null)
        {
            EmitKindMembers(w, o, kind, apiVersion!);
        }

        foreach (var p in o.Properties)
        {
            EmitProperty(w, o, p);
        }

        Builders.Emit(w, o);
        EmitWriteTo(w, o);
        ReaderEmitter.Emit(w, o);
        ValidatorEmitter.Emit(w, o);
        w.Close();
    }

    private static void EmitKindMembers(SourceWriter w, ObjectModel o, KindModel kind, string apiVersion)
    {
        w.Line("/// <summary>The apiVersion of this kind.</summary>");
        w.Line($"public const string KindApiVersion = {Str(apiVersion)};");
        w.Line();
        w.Line("/// <summary>The kind name.</summary>");
        w.Line($"public const string KindName = {Str(kind.Kind)};");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override string ApiVersion => KindApiVersion;");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override string Kind => KindName;");
        w.Line();
        w.Line($"/// <summary>Creates an empty {Identifiers.Xml(kind.Kind)}.</summary>");
        w.Line($"public {o.Name}()");
        w.Line("{");
        w.Line("}");
        w.Line();
        if (kind.HasObjectMeta)
        {
            w.Line($"/// <summary>Creates a {Identifiers.Xml(kind.Kind)} with a name{(kind.Namespaced ? " and optionally a namespace" : string.Empty)}.</summary>");
            w.Line("/// <param name=\"name\">metadata.name</param>");
            w.Line("/// <param name=\"namespace\">metadata.namespace (null leaves it unset)</param>");
            w.Line($"public {o.Name}(string name, string? @namespace = null)");
            w.Line("{");
            w.Line("    SetIdentity(name, @namespace);");
            w.Line("}");
            w.Line();
        }
    }

    public static string PropertyType(PropertyModel p)
    {
        var cs = TypeSyntax.Cs(p.Type);
        return TypeSyntax.IsValueType(p.Type) || !p.RequiredMember ? cs + "?" : cs;
    }

    private static void EmitProperty(SourceWriter w, ObjectModel o, PropertyModel p)
    {
        DocComments.Summary(w, p.Description, DocComments.PropertyFacts(p));
        var c = p.Constraints;
        var args = new System.Collections.Generic.List<string> { Str(p.JsonName) };
        if (p.Required)
        {
            args.Add("Required = true");
        }

        if (c.Pattern != null)
        {
            args.Add("Pattern = " + Str(c.Pattern));
        }

        if (c.MaxLength != null)
        {
            args.Add("MaxLength = " + c.MaxLength);
        }

        if (c.MinLength != null)
        {
            args.Add("MinLength = " + c.MinLength);
        }

        if (c.Minimum != null)
        {
            args.Add("Minimum = " + Str(c.Minimum));
        }

        if (c.Maximum != null)
        {
            args.Add("Maximum = " + Str(c.Maximum));
        }

        if (c.MaxItems != null)
        {
            args.Add("MaxItems = " + c.MaxItems);
        }

        if (c.Format != null)
        {
            args.Add("Format = " + Str(c.Format));
        }

        if (c.Default != null)
        {
            args.Add("Default = " + Str(c.Default));
        }

        w.Line($"[{TypeSyntax.Rt}KubeProperty({string.Join(", ", args)})]");
        var required = p.RequiredMember ? "required " : string.Empty;
        w.Line($"public {required}{PropertyType(p)} {p.CsName} {{ get; set; }}");
        w.Line();
    }

    private static void EmitWriteTo(SourceWriter w, ObjectModel o)
    {
        w.Line("/// <inheritdoc/>");
        w.Open($"public override void WriteTo({TypeSyntax.Ser}KubeWriter w)");
        w.Line("w.StartObject();");
        if (o.Kind != null)
        {
            w.Line("w.Name(\"apiVersion\");");
            w.Line("w.String(KindApiVersion);");
            w.Line("w.Name(\"kind\");");
            w.Line("w.String(KindName);");
            if (o.Kind.HasObjectMeta)
            {
                w.Open("if (HasMetadata)");
                w.Line("w.Name(\"metadata\");");
                w.Line("Metadata.WriteTo(w);");
                w.Close();
            }
        }

        var i = 0;
        foreach (var p in o.Properties)
        {
            var v = "v" + i.ToString(CultureInfo.InvariantCulture);
            i++;
            if (FieldWriter(p.Type) is { } writer)
            {
                w.Line($"w.{writer}({Str(p.JsonName)}, {p.CsName});");
                continue;
            }

            w.Open($"if ({p.CsName} is {{ }} {v})");
            w.Line($"w.Name({Str(p.JsonName)});");
            WriteValue(w, p.Type, v, 0);
            w.Close();
        }

        w.Line("WriteUnknownFields(w);");
        w.Line("w.EndObject();");
        w.Close();
        w.Line();
    }

    /// <summary>
    /// The KubeWriter method that writes a whole property of this type in one call (name and value when set), or null
    /// for the rarer shapes that keep the expanded form. One line per property instead of five is most of the writer code.
    /// </summary>
    private static string? FieldWriter(TypeRef t) => t.Kind switch
    {
        TypeRefKind.String => "StringField",
        TypeRefKind.Int32 or TypeRefKind.Int64 => "NumberField",
        TypeRefKind.Double => "DoubleField",
        TypeRefKind.Bool => "BoolField",
        TypeRefKind.Json => "JsonField",
        TypeRefKind.Object => "ObjectField",
        TypeRefKind.List when t.Element!.Kind == TypeRefKind.String => "StringListField",
        TypeRefKind.List when t.Element!.Kind == TypeRefKind.Object => "ObjectListField",
        TypeRefKind.Map when t.Element!.Kind == TypeRefKind.String => "StringMapField",
        TypeRefKind.Map when t.Element!.Kind == TypeRefKind.Object => "ObjectMapField",
        _ => null,
    };

    public static void WriteValue(SourceWriter w, TypeRef t, string v, int depth)
    {
        switch (t.Kind)
        {
            case TypeRefKind.String:
                w.Line($"w.String({v});");
                break;
            case TypeRefKind.Int32:
            case TypeRefKind.Int64:
                w.Line($"w.Number((long){v});");
                break;
            case TypeRefKind.Double:
                w.Line($"w.Number({v});");
                break;
            case TypeRefKind.Bool:
                w.Line($"w.Bool({v});");
                break;
            case TypeRefKind.IntOrString:
            case TypeRefKind.Quantity:
            case TypeRefKind.Duration:
            case TypeRefKind.Time:
            case TypeRefKind.Bytes:
                w.Line($"{TypeSyntax.Ser}KubeValues.Write(w, {v});");
                break;
            case TypeRefKind.Json:
                w.Line($"w.Json({v});");
                break;
            case TypeRefKind.Embedded:
            case TypeRefKind.Object:
                w.Line($"{v}.WriteTo(w);");
                break;
            case TypeRefKind.Enum:
                w.Line($"w.String({t.Name}Wire.ToWire({v}));");
                break;
            case TypeRefKind.List:
                var item = "i" + depth.ToString(CultureInfo.InvariantCulture);
                w.Line("w.StartArray();");
                w.Open($"foreach (var {item} in {v})");
                WriteValue(w, t.Element!, item, depth + 1);
                w.Close();
                w.Line("w.EndArray();");
                break;
            case TypeRefKind.Map:
                var pair = "p" + depth.ToString(CultureInfo.InvariantCulture);
                w.Line("w.StartObject();");
                w.Open($"foreach (var {pair} in {v})");
                w.Line($"w.Name({pair}.Key);");
                WriteValue(w, t.Element!, pair + ".Value", depth + 1);
                w.Close();
                w.Line("w.EndObject();");
                break;
        }
    }

    public static string Str(string s) => "\"" + Identifiers.Literal(s) + "\"";
}
