using System;
using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kurator.Sdk.Analyzers.Overrides;

/// <summary>
/// KSDK3008: the fields an override of a workload type <c>T</c> names must exist in T's schema: the constant paths of
/// the JSON patch operations given to <c>OverrideBuilder&lt;T&gt;.Patch</c>, <c>spec.replicas</c> for <c>Replicas</c>,
/// and a pod template's containers for <c>Image</c>, <c>Env</c> and <c>Resources</c>.
/// </summary>
internal sealed class UnknownOverrideFieldRule
{
    private static readonly string[] ContainerPaths = { "/spec/template/spec/containers", "/spec/jobTemplate/spec/template/spec/containers", "/spec/containers" };
    private readonly KubeSymbols _symbols;
    private readonly INamedTypeSymbol _builder;
    private readonly INamedTypeSymbol _operation;

    public UnknownOverrideFieldRule(KubeSymbols symbols, INamedTypeSymbol builder, INamedTypeSymbol operation)
    {
        _symbols = symbols;
        _builder = builder;
        _operation = operation;
    }

    public void Check(IInvocationOperation call, Action<Diagnostic> report)
    {
        if (call.TargetMethod.ContainingType is not INamedTypeSymbol { IsGenericType: true } owner
            || !SymbolEqualityComparer.Default.Equals(owner.OriginalDefinition, _builder)
            || owner.TypeArguments[0] is not INamedTypeSymbol workload || !_symbols.IsModel(workload))
        {
            return;
        }

        switch (call.TargetMethod.Name)
        {
            case "Replicas":
                if (Resolve(workload, "/spec/replicas") is { } noReplicas) report(Diagnostic.Create(OverrideDescriptors.UnknownOverrideField, call.Syntax.GetLocation(), workload.Name, "/spec/replicas", noReplicas));
                break;
            case "Image" or "Env" or "Resources":
                if (ContainerPaths.All(p => Resolve(workload, p) is not null))
                {
                    report(Diagnostic.Create(OverrideDescriptors.UnknownOverrideField, call.Syntax.GetLocation(), workload.Name, "containers", $"{workload.Name} has no pod template"));
                }

                break;
            case "Patch":
                foreach (var (path, location) in PatchPaths(call))
                {
                    if (Resolve(workload, path) is { } problem) report(Diagnostic.Create(OverrideDescriptors.UnknownOverrideField, location, workload.Name, path, problem));
                }

                break;
        }
    }

    /// <summary>The constant <c>path</c>/<c>from</c> arguments of the JsonPatchOperation factory calls passed to Patch.</summary>
    private IEnumerable<(string Path, Location Location)> PatchPaths(IInvocationOperation call)
    {
        foreach (var argument in call.Arguments)
        {
            var values = argument.Value is IArrayCreationOperation { Initializer: { } init } ? init.ElementValues : (IEnumerable<IOperation>)new[] { argument.Value };
            foreach (var value in values)
            {
                if (Unwrap(value) is not IInvocationOperation factory || !SymbolEqualityComparer.Default.Equals(factory.TargetMethod.ContainingType, _operation)) continue;
                foreach (var a in factory.Arguments.Where(a => a.Parameter?.Name is "path" or "from"))
                {
                    if (Unwrap(a.Value).ConstantValue is { HasValue: true, Value: string path }) yield return (path, a.Value.Syntax.GetLocation());
                }
            }
        }
    }

    /// <summary>Null when <paramref name="pointer"/> names a field path of <paramref name="root"/>; otherwise why it does not.</summary>
    private string? Resolve(INamedTypeSymbol root, string pointer)
    {
        if (pointer.Length == 0) return null;
        if (pointer[0] != '/') return "a JSON pointer starts with '/'";
        var tokens = pointer.Substring(1).Split('/').Select(t => t.Replace("~1", "/").Replace("~0", "~")).ToArray();
        ITypeSymbol type = root;
        var at = "";
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            type = Unnullable(type);
            if (_symbols.IsList(type, out var item))
            {
                if (token != "-" && !token.All(char.IsDigit)) return $"{at} is a list, so '{token}' is not an index";
                type = item!;
            }
            else if (_symbols.IsDictionary(type))
            {
                type = ((INamedTypeSymbol)type).TypeArguments[1];
            }
            else if (_symbols.IsModel(type))
            {
                if (i == 0 && token is "apiVersion" or "kind") return tokens.Length == 1 ? null : $"/{token} is a string";
                var property = _symbols.Properties.FindByWireName(type, token);
                if (property is null) return $"{(at.Length == 0 ? root.Name : at)} has no field '{token}'";
                type = property.Property.Type;
            }
            else if (IsScalar(type))
            {
                return $"{at} is a value, it has no field '{token}'";
            }
            else
            {
                return null; // free-form JSON (preserve-unknown-fields) and embedded objects take any field
            }

            at += "/" + token;
        }

        return null;
    }

    private static ITypeSymbol Unnullable(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    private static bool IsScalar(ITypeSymbol type) =>
        (type.SpecialType != SpecialType.None && type.SpecialType != SpecialType.System_Object) || type.TypeKind == TypeKind.Enum
        || type.ToDisplayString() is "Kurator.Sdk.IntOrString" or "Kurator.Sdk.Quantity" or "Kurator.Sdk.Duration" or "System.DateTimeOffset" or "byte[]";

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion) operation = conversion.Operand;
        return operation;
    }
}
