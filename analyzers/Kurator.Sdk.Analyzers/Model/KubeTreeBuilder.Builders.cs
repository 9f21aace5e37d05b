using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>Fluent builder calls, list additions, property reads, and the bookkeeping of fields and nodes.</summary>
internal sealed partial class KubeTreeBuilder
{
    private KubeValue Invoke(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var builder = _symbols.Properties.GetBuilder(method);
        if (builder is not null && invocation.Instance is not null)
        {
            var receiver = Target(invocation.Instance);
            if (receiver is not null)
            {
                ApplyBuilder(receiver, builder, invocation);
                return KubeValue.Of(receiver);
            }
        }

        if (InvokeJson(invocation) is { } json)
        {
            return json;
        }

        // list.Add(item) on a tracked list (pod.Spec.Containers.Add(c))
        if (method.Name == "Add" && invocation.Arguments.Length == 1 && invocation.Instance is not null
            && _symbols.IsList(invocation.Instance.Type, out _) && Eval(invocation.Instance) is { Kind: KubeValueKind.List } list)
        {
            var owner = invocation.Instance is IPropertyReferenceOperation listProperty && _symbols.Properties.Get(listProperty.Property) is { } listInfo
                ? (Target(listProperty.Instance), listInfo.JsonName)
                : (null, null);
            AddItem(owner.Item1, owner.Item2, list.List!, Eval(invocation.Arguments[0].Value), invocation.Arguments[0].Value.Syntax.GetLocation());
            return KubeValue.Unknown;
        }

        if (invocation.Instance is not null)
        {
            Eval(invocation.Instance);
        }

        // A method of this project taking a generated object may change it where this block cannot see.
        var mayMutate = method.Locations.Any(l => l.IsInSource);
        foreach (var argument in invocation.Arguments)
        {
            var value = Eval(argument.Value);
            if (mayMutate && value.Node is { } node && _symbols.IsModel(argument.Parameter?.Type))
            {
                node.Escaped = true;
            }

            if (mayMutate && IsJson(argument.Parameter?.Type))
            {
                OpenJson(value);
            }
        }

        return KubeValue.Unknown;
    }

    private void ApplyBuilder(KubeNode receiver, BuilderMethod builder, IInvocationOperation invocation)
    {
        var info = builder.Property;
        var arguments = invocation.Arguments;
        switch (builder.Kind)
        {
            case BuilderKind.Set:
                SetField(receiver, info, Eval(arguments[0].Value), invocation.Syntax);
                break;
            case BuilderKind.Configure:
                var child = Child(receiver, info, invocation.Syntax, SourceSpans.MethodName(invocation.Syntax));
                Configure(child, arguments[0].Value);
                break;
            case BuilderKind.AddItem:
                AddItem(receiver, info.JsonName, ListField(receiver, info, invocation.Syntax), Eval(arguments[0].Value), arguments[0].Value.Syntax.GetLocation());
                break;
            case BuilderKind.AddConfiguredItem:
                _symbols.IsList(info.Property.Type, out var itemType);
                var item = NewNode(itemType!, SourceSpans.MethodName(invocation.Syntax), partial: false);
                AddItem(receiver, info.JsonName, ListField(receiver, info, invocation.Syntax), KubeValue.Of(item), SourceSpans.MethodName(invocation.Syntax));
                Configure(item, arguments[0].Value);
                break;
            case BuilderKind.MapEntry:
                var existing = receiver.Get(info.JsonName)?.Value;
                var map = existing?.Map;
                if (map is null)
                {
                    map = new KubeMap { IsOpen = existing is { Kind: KubeValueKind.Unknown } };
                    SetField(receiver, info, KubeValue.Of(map), invocation.Syntax);
                }

                AddEntry(map, arguments[0].Value, Eval(arguments[1].Value), invocation.Syntax);
                break;
        }
    }

    /// <summary>Runs a configuring lambda with its parameter bound to <paramref name="target"/>.</summary>
    private void Configure(KubeNode target, IOperation argument)
    {
        if (Unwrap(argument) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } && lambda.Symbol.Parameters.Length == 1)
        {
            _bindings[lambda.Symbol.Parameters[0]] = KubeValue.Of(target);
            Visit(lambda.Body);
        }
        else
        {
            Eval(argument);
        }
    }

    private KubeList ListField(KubeNode owner, KubePropertyInfo info, SyntaxNode syntax)
    {
        var existing = owner.Get(info.JsonName)?.Value;
        if (existing?.List is { } list)
        {
            return list;
        }

        list = new KubeList { IsOpen = existing is { Kind: KubeValueKind.Unknown } || owner.IsPartial };
        SetField(owner, info, KubeValue.Of(list), syntax);
        return list;
    }

    private static void AddItem(KubeNode? owner, string? field, KubeList list, KubeValue value, Location location)
    {
        list.Items.Add(new KubeItem(value, location));
        if (value.Kind != KubeValueKind.Object && value.Kind != KubeValueKind.Scalar && value.Kind != KubeValueKind.Null)
        {
            list.IsOpen = true;
        }

        if (owner is not null && value.Node is { Parent: null } child && child != owner)
        {
            child.Parent = owner;
            child.ParentField = field;
        }
    }

    /// <summary>The object held by a field, created (as a complete, empty object) when the field is unset.</summary>
    private KubeNode Child(KubeNode owner, KubePropertyInfo info, SyntaxNode syntax, Location location)
    {
        if (owner.Get(info.JsonName)?.Value is { Kind: KubeValueKind.Object } existing)
        {
            return existing.Node!;
        }

        var child = NewNode(info.Property.Type, location, partial: owner.IsPartial);
        SetField(owner, info, KubeValue.Of(child), syntax);
        return child;
    }

    private void SetField(KubeNode owner, KubePropertyInfo info, KubeValue value, SyntaxNode syntax)
    {
        var objectValue = value.Kind is KubeValueKind.Object or KubeValueKind.List or KubeValueKind.Map;
        owner.Fields[info.JsonName] = new KubeField(info, value, SourceSpans.FieldWrite(syntax, objectValue), syntax);
        if (value.Node is { Parent: null } child && child != owner)
        {
            child.Parent = owner;
            child.ParentField = info.JsonName;
        }

        if (value.List is { } list)
        {
            foreach (var item in list.Items)
            {
                if (item.Value.Node is { Parent: null } itemNode)
                {
                    itemNode.Parent = owner;
                    itemNode.ParentField = info.JsonName;
                }
            }
        }
    }

    private KubeNode NewNode(ITypeSymbol type, Location location, bool partial)
    {
        var node = new KubeNode(type, location, partial);
        Nodes.Add(node);
        return node;
    }

    private KubeValue Read(IPropertyReferenceOperation property, KubePropertyInfo info)
    {
        var owner = Target(property.Instance);
        if (owner is null)
        {
            return KubeValue.Unknown;
        }

        var field = owner.Get(info.JsonName);
        if (field is not null)
        {
            return field.Value;
        }

        // Reading a child that was never set here: it exists at run time only if set elsewhere.
        if (_symbols.IsModel(info.Property.Type))
        {
            var child = NewNode(info.Property.Type, property.Syntax.GetLocation(), partial: true);
            SetField(owner, info, KubeValue.Of(child), property.Syntax);
            return KubeValue.Of(child);
        }

        if (_symbols.IsList(info.Property.Type, out _))
        {
            var list = new KubeList { IsOpen = true };
            SetField(owner, info, KubeValue.Of(list), property.Syntax);
            return KubeValue.Of(list);
        }

        if (_symbols.IsDictionary(info.Property.Type))
        {
            var map = new KubeMap { IsOpen = true };
            SetField(owner, info, KubeValue.Of(map), property.Syntax);
            return KubeValue.Of(map);
        }

        return KubeValue.Unknown;
    }
}
