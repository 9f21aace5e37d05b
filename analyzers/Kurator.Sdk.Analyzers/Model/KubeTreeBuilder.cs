using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>
/// Walks an operation block in source order and records the generated objects it builds: object and collection
/// initializers (nested, target-typed <c>new()</c>, collection expressions), the generated fluent builders
/// (with their lambdas), and later writes through locals (<c>pod.Spec.HostNetwork = true</c>).
/// Values the code computes at run time stay <see cref="KubeValue.Unknown"/>.
/// </summary>
internal sealed class KubeTreeBuilder
{
    // OperationKind values added after Roslyn 4.8; a newer host compiler gives them for collection expressions.
    private const OperationKind CollectionExpression = (OperationKind)0x7f;
    private const OperationKind Spread = (OperationKind)0x80;

    private readonly KubeSymbols _symbols;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<ISymbol, KubeValue> _bindings = new Dictionary<ISymbol, KubeValue>(SymbolEqualityComparer.Default);

    public KubeTreeBuilder(KubeSymbols symbols, CancellationToken cancellationToken)
    {
        _symbols = symbols;
        _cancellationToken = cancellationToken;
    }

    public List<KubeNode> Nodes { get; } = new List<KubeNode>();

    /// <summary>Visits a statement-level operation for its effects.</summary>
    public void Visit(IOperation? operation)
    {
        if (operation is null)
        {
            return;
        }

        _cancellationToken.ThrowIfCancellationRequested();
        switch (operation)
        {
            case IVariableDeclaratorOperation declarator:
                var initializer = declarator.GetVariableInitializer();
                if (initializer is not null)
                {
                    _bindings[declarator.Symbol] = Eval(initializer.Value);
                }

                return;
            case ISimpleAssignmentOperation assignment:
                Assign(assignment);
                return;
            case IInvocationOperation or IObjectCreationOperation or IConversionOperation or IArrayCreationOperation:
                Eval(operation);
                return;
            default:
                if (operation.Kind == CollectionExpression)
                {
                    Eval(operation);
                    return;
                }

                foreach (var child in operation.ChildOperations)
                {
                    Visit(child);
                }

                return;
        }
    }

    private void Assign(ISimpleAssignmentOperation assignment)
    {
        switch (assignment.Target)
        {
            case ILocalReferenceOperation local:
                _bindings[local.Local] = Eval(assignment.Value);
                return;
            case IPropertyReferenceOperation { Property.IsIndexer: false } property when _symbols.Properties.Get(property.Property) is { } info:
                var owner = Target(property.Instance);
                var value = Eval(assignment.Value);
                if (owner is not null)
                {
                    SetField(owner, info, value, assignment.Syntax);
                }

                return;
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                // map["key"] = value on a tracked map
                if (Eval(indexer.Instance) is { Kind: KubeValueKind.Map } map && indexer.Arguments.Length == 1)
                {
                    AddEntry(map.Map!, indexer.Arguments[0].Value, Eval(assignment.Value), assignment.Value.Syntax);
                }
                else
                {
                    Eval(assignment.Value);
                }

                return;
            default:
                Eval(assignment.Value);
                return;
        }
    }

    /// <summary>The object a property write goes to; an untracked generated receiver becomes a partial node.</summary>
    private KubeNode? Target(IOperation? instance)
    {
        if (instance is null)
        {
            return null;
        }

        var value = Eval(instance);
        if (value.Kind == KubeValueKind.Object)
        {
            return value.Node;
        }

        return _symbols.IsModel(instance.Type) ? NewNode(instance.Type!, instance.Syntax.GetLocation(), partial: true) : null;
    }

    /// <summary>Evaluates an expression, recording the objects it builds.</summary>
    public KubeValue Eval(IOperation? operation)
    {
        if (operation is null)
        {
            return KubeValue.Unknown;
        }

        _cancellationToken.ThrowIfCancellationRequested();
        operation = Unwrap(operation);
        if (operation.ConstantValue.HasValue)
        {
            return Constant(operation);
        }

        switch (operation)
        {
            case IObjectCreationOperation creation:
                return Create(creation);
            case IArrayCreationOperation array:
                return array.Initializer is null ? KubeValue.Unknown : ListOf(array.Initializer.ElementValues);
            case ILocalReferenceOperation local:
                return _bindings.TryGetValue(local.Local, out var bound) ? bound : KubeValue.Unknown;
            case IParameterReferenceOperation parameter:
                return _bindings.TryGetValue(parameter.Parameter, out var argument) ? argument : KubeValue.Unknown;
            case IPropertyReferenceOperation { Property.IsIndexer: false } property when _symbols.Properties.Get(property.Property) is { } info:
                return Read(property, info);
            case IInvocationOperation invocation:
                return Invoke(invocation);
            case IAnonymousFunctionOperation lambda:
                Visit(lambda.Body);
                return KubeValue.Unknown;
        }

        if (operation.Kind == CollectionExpression || (operation.Kind == OperationKind.None && _symbols.IsList(operation.Type, out _)))
        {
            return ListOf(operation.ChildOperations);
        }

        foreach (var child in operation.ChildOperations)
        {
            Visit(child);
        }

        return KubeValue.Unknown;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        // Implicit and user-defined conversions (string -> Duration, Duration -> Duration?, int -> Quantity) keep the value.
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private KubeValue Constant(IOperation operation)
    {
        var constant = operation.ConstantValue.Value;
        if (constant is null)
        {
            return KubeValue.Null;
        }

        if (operation.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            foreach (var field in enumType.GetMembers().OfType<IFieldSymbol>())
            {
                if (field.HasConstantValue && Equals(field.ConstantValue, constant))
                {
                    var wire = field.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _symbols.KubeWireAttribute));
                    return KubeValue.Scalar(constant, wire?.ConstructorArguments.FirstOrDefault().Value as string ?? field.Name);
                }
            }

            return KubeValue.Unknown;
        }

        return KubeValue.Scalar(constant);
    }

    private KubeValue Create(IObjectCreationOperation creation)
    {
        var type = creation.Type;
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
}
