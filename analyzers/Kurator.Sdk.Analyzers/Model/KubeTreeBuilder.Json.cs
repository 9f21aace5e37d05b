using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>
/// Free-form JSON values (<c>System.Text.Json.Nodes</c>), the type of schema fields that keep unknown fields, such as a
/// Kyverno rule's <c>pattern</c>: <c>JsonNode.Parse("constant")</c>, <c>new JsonObject { ["k"] = v }</c>,
/// <c>new JsonArray(a, b)</c>, <c>JsonValue.Create(constant)</c> and string/number/bool conversions become maps, lists
/// and scalars. Anything else the code does to such a value makes it open (or unknown), never guessed.
/// </summary>
internal sealed partial class KubeTreeBuilder
{
    private bool IsJson(ITypeSymbol? type) => _symbols.Json.IsJsonType(type);

    private KubeValue CreateJson(IObjectCreationOperation creation)
    {
        var isArray = SymbolEqualityComparer.Default.Equals(creation.Type, _symbols.Json.JsonArray);
        if (!isArray && !SymbolEqualityComparer.Default.Equals(creation.Type, _symbols.Json.JsonObject))
        {
            return EvalChildren(creation);
        }

        var map = new KubeMap();
        var list = new KubeList();
        foreach (var argument in creation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || IsJsonOptions(argument.Parameter?.Type))
            {
                continue;
            }

            // new JsonArray(a, b): the params array; anything else (a dictionary, a span) comes from elsewhere.
            if (isArray && argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } items })
            {
                foreach (var item in items.ElementValues)
                {
                    AddJsonItem(list, item);
                }

                continue;
            }

            Eval(argument.Value);
            map.IsOpen = list.IsOpen = true;
        }

        foreach (var element in creation.Initializer is { } initializer ? initializer.Initializers : System.Collections.Immutable.ImmutableArray<IOperation>.Empty)
        {
            if (isArray && element is IInvocationOperation { Arguments.Length: 1 } add)
            {
                AddJsonItem(list, add.Arguments[0].Value);
            }
            else if (!isArray)
            {
                InitializeEntry(map, element);
            }
            else
            {
                list.IsOpen = true;
                Visit(element);
            }
        }

        return isArray ? KubeValue.Of(list) : KubeValue.Of(map);
    }

    private void AddJsonItem(KubeList list, IOperation item)
    {
        var value = Eval(item);
        list.Items.Add(new KubeItem(value, item.Syntax.GetLocation()));
        if (value.Kind == KubeValueKind.Unknown)
        {
            list.IsOpen = true;
        }
    }

    /// <summary>
    /// <c>JsonNode.Parse(constant)</c>, <c>JsonValue.Create(constant)</c>, <c>AsObject()</c>/<c>AsArray()</c>, and
    /// <c>Add</c> on a tracked JSON object or array; other instance calls on JSON values leave them open. Null for a
    /// static call that is none of these (evaluated as any other call).
    /// </summary>
    private KubeValue? InvokeJson(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (!IsJson(method.ContainingType))
        {
            return null;
        }

        var arguments = invocation.Arguments;
        if (method.IsStatic)
        {
            var first = arguments.Length > 0 ? Unwrap(arguments[0].Value) : null;
            if (method.Name == "Parse" && first is { ConstantValue: { HasValue: true, Value: string text } } && first.Type?.SpecialType == SpecialType.System_String)
            {
                EvalRest(arguments);
                return JsonText.Read(text, first.Syntax.GetLocation());
            }

            if (method.Name == "Create" && arguments.Length >= 1 && first is { ConstantValue.HasValue: true })
            {
                EvalRest(arguments);
                return Constant(first);
            }

            return null;
        }

        // Every instance call on a JSON value is handled here, so its receiver is evaluated once.
        var target = invocation.Instance is null ? KubeValue.Unknown : Eval(invocation.Instance);
        switch (method.Name)
        {
            case "AsObject" when target.Kind == KubeValueKind.Map:
            case "AsArray" when target.Kind == KubeValueKind.List:
                return target;
            case "Add" when target.Map is { } map && arguments.Length == 2:
                AddEntry(map, arguments[0].Value, Eval(arguments[1].Value), invocation.Syntax);
                return KubeValue.Unknown;
            case "Add" when target.List is { } list && arguments.Length == 1:
                AddJsonItem(list, arguments[0].Value);
                return KubeValue.Unknown;
        }

        // Remove, Clear, Insert, indexer-by-position...: the tracked content no longer tells what the object holds.
        foreach (var argument in arguments)
        {
            Eval(argument.Value);
        }

        if (target.Map is { } changedMap)
        {
            changedMap.IsOpen = true;
        }

        if (target.List is { } changedList)
        {
            changedList.IsOpen = true;
        }

        return KubeValue.Unknown;
    }

    /// <summary>A tracked JSON object or array handed to a method of this project may be changed there.</summary>
    private static void OpenJson(KubeValue value)
    {
        if (value.Map is { } map)
        {
            map.IsOpen = true;
        }

        if (value.List is { } list)
        {
            list.IsOpen = true;
        }
    }

    private bool IsJsonOptions(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && named.ContainingNamespace?.ToDisplayString() == "System.Text.Json.Nodes" && named.Name == "JsonNodeOptions"
        || type is INamedTypeSymbol { IsGenericType: true } nullable && nullable.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && IsJsonOptions(nullable.TypeArguments[0]);

    private void EvalRest(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        for (var i = 1; i < arguments.Length; i++)
        {
            Eval(arguments[i].Value);
        }
    }

    private KubeValue EvalChildren(IOperation operation)
    {
        foreach (var child in operation.ChildOperations)
        {
            Visit(child);
        }

        return KubeValue.Unknown;
    }
}
