using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kurator.Sdk.Analyzers.Schema;

/// <summary>Casts of a number to a generated enum (members carry <c>[KubeWire]</c>) that name no member.</summary>
internal static class EnumCheck
{
    /// <summary>The allowed wire values when the conversion yields an undefined member, else null.</summary>
    public static string? Undefined(IConversionOperation conversion)
    {
        var target = conversion.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : conversion.Type;
        if (target is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
            || conversion.Operand.Type?.TypeKind == TypeKind.Enum
            || !conversion.Operand.ConstantValue.HasValue || conversion.Operand.ConstantValue.Value is null)
        {
            return null;
        }

        var members = enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToList();
        var wires = members
            .Select(f => f.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "KubeWireAttribute")?.ConstructorArguments.FirstOrDefault().Value as string)
            .ToList();
        if (wires.Count == 0 || wires.Any(w => w is null))
        {
            return null; // not a generated schema enum
        }

        var value = System.Convert.ToInt64(conversion.Operand.ConstantValue.Value, System.Globalization.CultureInfo.InvariantCulture);
        if (members.Any(f => System.Convert.ToInt64(f.ConstantValue, System.Globalization.CultureInfo.InvariantCulture) == value))
        {
            return null;
        }

        return string.Join(", ", wires.Select(w => "\"" + w + "\""));
    }
}
