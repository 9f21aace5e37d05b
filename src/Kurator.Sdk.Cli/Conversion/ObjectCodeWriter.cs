using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Cli.Conversion;

/// <summary>
/// Writes C# that rebuilds typed objects: object initializers with target-typed <c>new()</c>, collection expressions,
/// enum members and the SDK's value types, so the program reads like hand-written code.
/// </summary>
public sealed class ObjectCodeWriter
{
    private readonly StringBuilder _sb = new StringBuilder();
    private readonly HashSet<string> _namespaces = new HashSet<string>(StringComparer.Ordinal);
    private readonly Func<Type, string> _typeName;

    /// <summary>Creates a writer; <paramref name="typeName"/> decides how a type is named (simple or qualified).</summary>
    public ObjectCodeWriter(Func<Type, string> typeName) => _typeName = typeName;

    /// <summary>The expression that creates a top-level object.</summary>
    public string Write(KubeResource resource, int indent)
    {
        _sb.Clear();
        var type = resource.GetType();
        var props = Properties(resource).ToList();
        var meta = resource is KubeObject ko && ko.HasMetadata ? ko.Metadata : null;
        var simpleIdentity = meta != null && meta.Name != null && OnlyNameAndNamespace(meta);
        _sb.Append("new ").Append(_typeName(type));
        if (simpleIdentity)
        {
            _sb.Append('(').Append(CSharpLiterals.String(meta!.Name!));
            if (meta.Namespace != null)
            {
                _sb.Append(", ").Append(CSharpLiterals.String(meta.Namespace));
            }

            _sb.Append(')');
        }

        var members = new List<(string Name, object Value)>();
        if (meta != null && !simpleIdentity)
        {
            members.Add(("Metadata", meta));
        }

        members.AddRange(props);
        if (resource.UnknownFields is { Count: > 0 } unknown)
        {
            members.Add(("UnknownFields", unknown));
        }

        if (members.Count == 0 && !simpleIdentity)
        {
            _sb.Append("()");
        }

        Initializer(members, indent);
        return _sb.Replace(" = \n", " =\n").ToString();
    }

    private static bool OnlyNameAndNamespace(global::Kurator.Sdk.Kubernetes.Meta.V1.ObjectMeta meta) =>
        !Properties(meta).Any(p => p.Name != "Name" && p.Name != "Namespace") && meta.UnknownFields == null;

    // Trim- and AOT-safe: KubeModel's DynamicallyAccessedMembers annotation keeps the public properties of every
    // generated type, and GetType() on a KubeModel carries it.
    private static IEnumerable<(string Name, object Value)> Properties(KubeModel model)
    {
        foreach (var p in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            if (p.GetCustomAttribute<KubePropertyAttribute>() == null)
            {
                continue;
            }

            if (p.GetValue(model) is { } value)
            {
                yield return (p.Name, value);
            }
            else if (p.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() != null)
            {
                // A required field the YAML leaves out or sets to null (the loader accepts both): C# needs it named.
                yield return (p.Name, MissingRequired.Value);
            }
        }
    }

    private void Initializer(List<(string Name, object Value)> members, int indent)
    {
        if (members.Count == 0)
        {
            return;
        }

        _sb.Append('\n').Append(' ', indent * 4).Append("{\n");
        foreach (var (name, value) in members)
        {
            _sb.Append(' ', (indent + 1) * 4).Append(name).Append(" = ");
            Value(value, indent + 1);
            _sb.Append(",\n");
        }

        _sb.Append(' ', indent * 4).Append('}');
    }

    private void Value(object value, int indent)
    {
        switch (value)
        {
            case MissingRequired:
                _sb.Append("null! /* required, not set in the YAML */");
                break;
            case string s:
                _sb.Append(CSharpLiterals.String(s));
                break;
            case bool b:
                _sb.Append(b ? "true" : "false");
                break;
            case int i:
                _sb.Append(i.ToString(CultureInfo.InvariantCulture));
                break;
            case long l:
                _sb.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                _sb.Append(CSharpLiterals.Double(d));
                break;
            case Enum e:
                _sb.Append(_typeName(e.GetType())).Append('.').Append(e.ToString());
                break;
            case IntOrString ios:
                _sb.Append(ios.IsInt ? ios.IntValue.ToString(CultureInfo.InvariantCulture) : CSharpLiterals.String(ios.StringValue!));
                break;
            case Quantity q:
                // Whole numbers convert implicitly; other numbers keep their exact text.
                _sb.Append(!q.IsNumber ? CSharpLiterals.String(q.Text)
                    : long.TryParse(q.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) && whole.ToString(CultureInfo.InvariantCulture) == q.Text ? q.Text
                    : "global::Kurator.Sdk.Quantity.FromNumber(" + CSharpLiterals.String(q.Text) + ")");
                break;
            case Duration dur:
                _sb.Append(CSharpLiterals.String(dur.Text));
                break;
            case DateTimeOffset t:
                _sb.Append("global::System.DateTimeOffset.Parse(").Append(CSharpLiterals.String(KubeTime.Format(t))).Append(", global::System.Globalization.CultureInfo.InvariantCulture)");
                break;
            case byte[] bytes:
                _sb.Append("global::System.Convert.FromBase64String(").Append(CSharpLiterals.String(Convert.ToBase64String(bytes))).Append(')');
                break;
            case JsonNode node:
                _sb.Append("global::System.Text.Json.Nodes.JsonNode.Parse(").Append(CSharpLiterals.Raw(node.ToJsonString())).Append(")!");
                break;
            case EmbeddedResource embedded:
                _sb.Append("(global::System.Text.Json.Nodes.JsonObject)global::System.Text.Json.Nodes.JsonNode.Parse(").Append(CSharpLiterals.Raw(embedded.ToJsonObject().ToJsonString())).Append(")!");
                break;
            case KubeModel model:
                var members = Properties(model).ToList();
                if (model.UnknownFields is { Count: > 0 } unknown)
                {
                    members.Add(("UnknownFields", unknown));
                }

                _sb.Append("new()");
                Initializer(members, indent);
                break;
            case IDictionary dict:
                _sb.Append("new()");
                _sb.Append('\n').Append(' ', indent * 4).Append("{\n");
                foreach (DictionaryEntry entry in dict)
                {
                    _sb.Append(' ', (indent + 1) * 4).Append('[').Append(CSharpLiterals.String((string)entry.Key)).Append("] = ");
                    if (entry.Value == null)
                    {
                        _sb.Append("null");
                    }
                    else
                    {
                        Value(entry.Value, indent + 1);
                    }

                    _sb.Append(",\n");
                }

                _sb.Append(' ', indent * 4).Append('}');
                break;
            case IList list:
                if (list.Count == 0)
                {
                    _sb.Append("[]");
                    break;
                }

                _sb.Append('\n').Append(' ', indent * 4).Append("[\n");
                foreach (var item in list)
                {
                    _sb.Append(' ', (indent + 1) * 4);
                    if (item == null)
                    {
                        _sb.Append("null");
                    }
                    else
                    {
                        Value(item, indent + 1);
                    }

                    _sb.Append(",\n");
                }

                _sb.Append(' ', indent * 4).Append(']');
                break;
            default:
                throw new NotSupportedException($"cannot write a {value.GetType().Name} as C#");
        }
    }

    /// <summary>Stands for a required member that has no value in the loaded object.</summary>
    private sealed class MissingRequired
    {
        public static readonly MissingRequired Value = new MissingRequired();
    }
}
