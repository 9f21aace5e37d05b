using System;
using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Schema.Model;

/// <summary>
/// Maps schema nodes to C# types within one namespace: nested objects become classes named after their path
/// (parent + property), enums become C# enums, identical object shapes are emitted once, and CRD objects that
/// match a core Kubernetes type reuse it.
/// </summary>
public sealed class TypeMapper
{
    private static readonly HashSet<string> ReservedMembers = new HashSet<string>(StringComparer.Ordinal)
    {
        "UnknownFields", "WriteTo", "Validate", "ReadFrom", "GetType", "ToString", "Equals", "GetHashCode", "MemberwiseClone", "Finalize", "Clone",
    };

    private static readonly HashSet<string> ReservedRootMembers = new HashSet<string>(StringComparer.Ordinal)
    {
        "ApiVersion", "Kind", "Metadata", "ToYaml", "ToJson",
    };

    private readonly string _namespace;
    private readonly string _file;
    private readonly CoreTypeIndex _core;
    private readonly bool _dedupe;
    private readonly bool _defaultsFillRequired;
    private readonly HashSet<string> _names = new HashSet<string>(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _objectsByShape = new Dictionary<string, string>(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _enumsByValues = new Dictionary<string, string>(StringComparer.Ordinal);
    private readonly Dictionary<DocNode, string> _shapeKeys = new Dictionary<DocNode, string>();
    private readonly Dictionary<string, (int Depth, string Name)> _plannedNames = new Dictionary<string, (int, string)>(StringComparer.Ordinal);

    /// <summary>Creates a mapper for one namespace of one schema file.</summary>
    /// <param name="namespace">The C# namespace of the generated types.</param>
    /// <param name="file">The schema file (for problem positions).</param>
    /// <param name="core">Core types CRD objects may reuse.</param>
    /// <param name="dedupe">Emit identical object shapes once.</param>
    /// <param name="defaultsFillRequired">
    /// True for CRD schemas, whose defaults the API server applies before validating, so a required field with a
    /// default can never be missing. False for the built-in OpenAPI, whose defaults (<c>""</c>, <c>0</c>, <c>{}</c>)
    /// only document Go zero values: the API server still requires those fields.
    /// </param>
    public TypeMapper(string @namespace, string file, CoreTypeIndex core, bool dedupe, bool defaultsFillRequired)
    {
        _namespace = @namespace;
        _file = file;
        _core = core;
        _dedupe = dedupe;
        _defaultsFillRequired = defaultsFillRequired;
    }

    /// <summary>The classes defined so far.</summary>
    public List<ObjectModel> Objects { get; } = new List<ObjectModel>();

    /// <summary>The enums defined so far.</summary>
    public List<EnumModel> Enums { get; } = new List<EnumModel>();

    /// <summary>Problems found (unsupported constructs), with positions.</summary>
    public List<SchemaProblem> Problems { get; } = new List<SchemaProblem>();

    /// <summary>How many CRD object schemas were mapped to core types.</summary>
    public int CoreMapped => CoreMappings.Count;

    /// <summary>Each CRD path mapped to a core type, as "path -> type".</summary>
    public List<string> CoreMappings { get; } = new List<string>();

    /// <summary>Reserves a name so nested types cannot take it (kinds and definitions are reserved first).</summary>
    public void Reserve(string name) => _names.Add(name);

    /// <summary>
    /// Walks a root schema before mapping so that a shape met in several places is named after its shallowest
    /// occurrence (spec.plugin.grafana rather than spec.plugin.flagger.config), whatever order properties come in.
    /// </summary>
    public void PlanNames(DocNode root, string rootName)
    {
        if (_dedupe)
        {
            Plan(root, rootName, 0);
        }
    }

    private void Plan(DocNode node, string name, int depth)
    {
        if (depth > 64 || !(node is DocMapping))
        {
            return;
        }

        var props = SchemaNodes.Properties(node);
        if (props.Count > 0 && depth > 0 && SchemaNodes.RefName(node) == null)
        {
            var key = ShapeKey(node);
            if (!_plannedNames.TryGetValue(key, out var planned) || depth < planned.Depth)
            {
                _plannedNames[key] = (depth, name);
            }
        }

        foreach (var p in props)
        {
            Plan(p.Value, name + Identifiers.Pascal(p.Key.Value), depth + 1);
        }

        var m = (DocMapping)node;
        if (SchemaNodes.Text(node, "type") == "array" && m.Get("items") is DocMapping items)
        {
            Plan(items, Identifiers.Singular(name), depth + 1);
        }

        if (props.Count == 0 && m.Get("additionalProperties") is DocMapping values)
        {
            Plan(values, name + "Value", depth + 1);
        }
    }

    private string ShapeKey(DocNode node)
    {
        if (!_shapeKeys.TryGetValue(node, out var key))
        {
            key = SchemaNodes.StructuralKey(node);
            _shapeKeys[node] = key;
        }

        return key;
    }

    /// <summary>Defines a class for an object schema and returns its simple name.</summary>
    public string DefineObject(DocNode node, string name, string path, KindModel? kind, int depth)
    {
        var props = new List<PropertyModel>();
        var required = SchemaNodes.Required(node);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in SchemaNodes.Properties(node))
        {
            var json = p.Key.Value;
            if (kind != null && (json == "apiVersion" || json == "kind" || (json == "metadata" && kind.HasObjectMeta)))
            {
                continue;
            }

            var cs = Identifiers.Pascal(json);
            if (cs == name || ReservedMembers.Contains(cs) || (kind != null && ReservedRootMembers.Contains(cs)))
            {
                cs += "Value";
            }

            var unique = cs;
            for (var i = 2; !used.Add(unique); i++)
            {
                unique = cs + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var type = Map(p.Value, name + Identifiers.Pascal(json), path + "." + json, depth + 1);
            var constraints = ConstraintReader.Read(p.Value);
            var listed = required.Contains(json);
            var isRequired = listed && (constraints.Default == null || !_defaultsFillRequired);
            props.Add(new PropertyModel(json, unique, type, isRequired, listed && constraints.Default == null, constraints, SchemaNodes.Text(p.Value, "description")));
        }

        var keepsUnknown = SchemaNodes.Flag(node, "x-kubernetes-preserve-unknown-fields");
        var rootConstraints = kind != null ? ConstraintReader.Read(node) : Constraints.None;
        Objects.Add(new ObjectModel(
            _namespace,
            name,
            EquatableArray.From(props),
            kind,
            keepsUnknown,
            rootConstraints,
            ConstraintReader.Combinations(node),
            SchemaNodes.Text(node, "description"),
            path));
        return name;
    }

    /// <summary>Maps a property or item schema to a type reference, defining nested types as needed.</summary>
    public TypeRef Map(DocNode node, string suggestedName, string path, int depth)
    {
        if (depth > 64)
        {
            Report(node, "KSG002", $"{path}: nesting deeper than 64 levels is kept as free-form JSON");
            return new TypeRef(TypeRefKind.Json);
        }

        var refName = SchemaNodes.RefName(node);
        if (refName != null)
        {
            var special = CoreNames.Special(refName);
            return special != null ? new TypeRef(special.Value) : new TypeRef(TypeRefKind.Object, CoreNames.TypeName(refName));
        }

        if (SchemaNodes.Flag(node, "x-kubernetes-int-or-string"))
        {
            var pattern = SchemaNodes.Text(node, "pattern") ?? string.Empty;
            return new TypeRef(pattern.Contains("[KMGTPE]i") ? TypeRefKind.Quantity : TypeRefKind.IntOrString);
        }

        if (SchemaNodes.Flag(node, "x-kubernetes-embedded-resource"))
        {
            return new TypeRef(TypeRefKind.Embedded);
        }

        var type = SchemaNodes.Text(node, "type");
        var format = SchemaNodes.Text(node, "format");
        switch (type)
        {
            case "string":
                if (node is DocMapping sm && sm.Get("enum") is DocSequence values && values.Items.Count > 0)
                {
                    return new TypeRef(TypeRefKind.Enum, DefineEnum(values, suggestedName));
                }

                if (format == "date-time")
                {
                    return new TypeRef(TypeRefKind.Time);
                }

                if (format == "byte")
                {
                    return new TypeRef(TypeRefKind.Bytes);
                }

                var p = SchemaNodes.Text(node, "pattern") ?? string.Empty;
                if (format == "duration" || p.Contains("(ms|s|m|h)") || p.Contains("(ns|us|µs|ms|s|m|h)"))
                {
                    return new TypeRef(TypeRefKind.Duration);
                }

                return new TypeRef(TypeRefKind.String);
            case "integer":
                return new TypeRef(format == "int32" ? TypeRefKind.Int32 : TypeRefKind.Int64);
            case "number":
                return new TypeRef(TypeRefKind.Double);
            case "boolean":
                return new TypeRef(TypeRefKind.Bool);
            case "array":
                var items = (node as DocMapping)?.Get("items");
                var element = items == null
                    ? new TypeRef(TypeRefKind.Json)
                    : Map(items, Identifiers.Singular(suggestedName), path + "[]", depth + 1);
                return new TypeRef(TypeRefKind.List, null, element);
            case "object":
            case null:
                return MapObject(node, suggestedName, path, depth, type == null);
            default:
                Report(node, "KSG001", $"{path}: unsupported type '{type}' is kept as free-form JSON");
                return new TypeRef(TypeRefKind.Json);
        }
    }

    private TypeRef MapObject(DocNode node, string suggestedName, string path, int depth, bool untyped)
    {
        var props = SchemaNodes.Properties(node);
        var preserve = SchemaNodes.Flag(node, "x-kubernetes-preserve-unknown-fields");
        if (props.Count == 0)
        {
            var values = (node as DocMapping)?.Get("additionalProperties");
            if (values is DocMapping vm)
            {
                return new TypeRef(TypeRefKind.Map, null, Map(vm, suggestedName + "Value", path + "{}", depth + 1));
            }

            if (preserve || untyped || values is DocScalar)
            {
                // type: object keeps its meaning when the content is free-form: a scalar or a list is not an object.
                return new TypeRef(TypeRefKind.Json, untyped ? null : TypeRef.JsonObject);
            }
        }

        if (untyped && props.Count == 0)
        {
            return new TypeRef(TypeRefKind.Json);
        }

        var core = _core.IsEmpty ? null : _core.Match(node);
        if (core != null)
        {
            CoreMappings.Add(path + " -> " + core);
            return new TypeRef(TypeRefKind.Object, CoreNames.TypeName(core));
        }

        string? shape = null;
        if (_dedupe && props.Count > 0)
        {
            shape = ShapeKey(node);
            if (_objectsByShape.TryGetValue(shape, out var existing))
            {
                return new TypeRef(TypeRefKind.Object, Qualify(existing));
            }

            if (_plannedNames.TryGetValue(shape, out var planned))
            {
                suggestedName = planned.Name;
            }
        }

        var name = Unique(suggestedName);
        if (shape != null)
        {
            _objectsByShape[shape] = name;
        }

        DefineObject(node, name, path, null, depth);
        return new TypeRef(TypeRefKind.Object, Qualify(name));
    }

    private string DefineEnum(DocSequence values, string suggestedName)
    {
        var wire = values.Items.OfType<DocScalar>().Where(s => s.Kind != ScalarKind.Null).Select(s => s.Value).Distinct().ToList();
        var key = string.Join("\u0001", wire);
        if (_enumsByValues.TryGetValue(key, out var existing))
        {
            return Qualify(existing);
        }

        var name = Unique(suggestedName);
        _enumsByValues[key] = name;
        var members = new List<EnumMember>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in wire)
        {
            var cs = Identifiers.EnumMember(w);
            var unique = cs;
            for (var i = 2; !used.Add(unique); i++)
            {
                unique = cs + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            members.Add(new EnumMember(unique, w));
        }

        Enums.Add(new EnumModel(_namespace, name, EquatableArray.From(members)));
        return Qualify(name);
    }

    private string Unique(string name)
    {
        var candidate = name;
        for (var i = 2; !_names.Add(candidate); i++)
        {
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private string Qualify(string simple) => "global::" + _namespace + "." + simple;

    private void Report(DocNode node, string id, string message) => Problems.Add(new SchemaProblem(id, _file, node.Line, node.Column, message));
}
