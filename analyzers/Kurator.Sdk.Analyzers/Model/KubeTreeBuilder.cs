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
internal sealed partial class KubeTreeBuilder
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
}
