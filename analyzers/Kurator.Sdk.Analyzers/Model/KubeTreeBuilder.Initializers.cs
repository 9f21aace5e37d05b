using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>Object creations and their initializers: nested objects, lists, maps, collection expressions.</summary>
internal sealed partial class KubeTreeBuilder
{
    private KubeValue Create(IObjectCreationOperation creation)
    {
        var type = creation.Type;
        if (IsJson(type))
        {
            return CreateJson(creation);
        }

        if (_symbols.IsModel(type))
        {
            var node = NewNode(type!, SourceSpans.CreationHead(creation.Syntax), partial: false);
            Identity(node, creation);
            if (creation.Initializer is not null)
            {
                Initialize(node, creation.Initializer);
            }

            return KubeValue.Of(node);
        }

        if (_symbols.IsList(type, out _))
        {
            var list = new KubeList();
            if (creation.Arguments.Length > 0)
            {
                list.IsOpen = true; // new List<T>(other): items from elsewhere
            }

            foreach (var element in creation.Initializer?.Initializers ?? Enumerable.Empty<IOperation>())
            {
                if (element is IInvocationOperation { Arguments.Length: 1 } add)
                {
                    list.Items.Add(new KubeItem(Eval(add.Arguments[0].Value), add.Arguments[0].Value.Syntax.GetLocation()));
                }
                else
                {
                    list.IsOpen = true;
                    Visit(element);
                }
            }

            return KubeValue.Of(list);
        }

        if (_symbols.IsDictionary(type))
        {
            var map = new KubeMap { IsOpen = creation.Arguments.Length > 0 };
            foreach (var element in creation.Initializer?.Initializers ?? Enumerable.Empty<IOperation>())
            {
                InitializeEntry(map, element);
            }

            return KubeValue.Of(map);
        }

        foreach (var child in creation.ChildOperations)
        {
            Visit(child);
        }

        return KubeValue.Unknown;
    }

    /// <summary>The kinds' <c>(name, namespace)</c> constructor fills <c>metadata</c>.</summary>
    private void Identity(KubeNode node, IObjectCreationOperation creation)
    {
        foreach (var argument in creation.Arguments)
        {
            var value = Eval(argument.Value);
            var parameter = argument.Parameter?.Name;
            if (parameter is not ("name" or "namespace"))
            {
                continue;
            }

            var metadataProperty = FindProperty(node.Type, "Metadata");
            if (metadataProperty is null || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            var metadata = Child(node, metadataProperty, creation.Syntax, SourceSpans.CreationHead(creation.Syntax));
            var nameProperty = FindProperty(metadata.Type, parameter == "name" ? "Name" : "Namespace");
            if (nameProperty is not null)
            {
                SetField(metadata, nameProperty, value, argument.Syntax);
            }
        }
    }

    private KubePropertyInfo? FindProperty(ITypeSymbol type, string name)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var member in t.GetMembers(name))
            {
                if (member is IPropertySymbol property && _symbols.Properties.Get(property) is { } info)
                {
                    return info;
                }
            }
        }

        return null;
    }

    private void Initialize(KubeNode node, IObjectOrCollectionInitializerOperation initializer)
    {
        foreach (var element in initializer.Initializers)
        {
            switch (element)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    when _symbols.Properties.Get(property.Property) is { } info:
                    SetField(node, info, Eval(assignment.Value), assignment.Syntax);
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property } member
                    when _symbols.Properties.Get(property.Property) is { } info:
                    // Spec = { ... } initializes the existing child in place.
                    InitializeMember(node, info, member);
                    break;
                default:
                    Visit(element);
                    break;
            }
        }
    }

    private void InitializeMember(KubeNode node, KubePropertyInfo info, IMemberInitializerOperation member)
    {
        if (_symbols.IsModel(info.Property.Type))
        {
            Initialize(Child(node, info, member.Syntax, member.Syntax.GetLocation()), member.Initializer);
            return;
        }

        var existing = node.Get(info.JsonName)?.Value;
        if (_symbols.IsList(info.Property.Type, out _))
        {
            var list = existing?.List ?? new KubeList();
            if (existing?.List is null)
            {
                SetField(node, info, KubeValue.Of(list), member.Syntax);
            }

            foreach (var element in member.Initializer.Initializers)
            {
                if (element is IInvocationOperation { Arguments.Length: 1 } add)
                {
                    AddItem(node, info.JsonName, list, Eval(add.Arguments[0].Value), add.Arguments[0].Value.Syntax.GetLocation());
                }
            }

            return;
        }

        if (_symbols.IsDictionary(info.Property.Type))
        {
            var map = existing?.Map ?? new KubeMap();
            if (existing?.Map is null)
            {
                SetField(node, info, KubeValue.Of(map), member.Syntax);
            }

            foreach (var element in member.Initializer.Initializers)
            {
                InitializeEntry(map, element);
            }
        }
    }

    private void InitializeEntry(KubeMap map, IOperation element)
    {
        switch (element)
        {
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment:
                AddEntry(map, indexer.Arguments[0].Value, Eval(assignment.Value), assignment.Syntax);
                break;
            case IInvocationOperation { Arguments.Length: 2 } add:
                AddEntry(map, add.Arguments[0].Value, Eval(add.Arguments[1].Value), add.Syntax);
                break;
            default:
                map.IsOpen = true;
                Visit(element);
                break;
        }
    }

    private static void AddEntry(KubeMap map, IOperation key, KubeValue value, SyntaxNode syntax)
    {
        if (Unwrap(key).ConstantValue is { HasValue: true, Value: string text })
        {
            map.Entries[text] = new KubeItem(value, syntax.GetLocation());
        }
        else
        {
            map.IsOpen = true;
        }
    }

    private KubeValue ListOf(IEnumerable<IOperation> elements)
    {
        var list = new KubeList();
        foreach (var element in elements)
        {
            if (element.Kind == Spread || element.Kind == OperationKind.None && element.Type is null)
            {
                list.IsOpen = true;
                Visit(element);
                continue;
            }

            var value = Eval(element);
            list.Items.Add(new KubeItem(value, element.Syntax.GetLocation()));
            if (value.Kind == KubeValueKind.Unknown)
            {
                list.IsOpen = true;
            }
        }

        return KubeValue.Of(list);
    }
}
