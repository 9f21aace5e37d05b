using System.Linq;
using Kurator.Sdk.Schema.Model;

namespace Kurator.Sdk.Generators.Emitting;

/// <summary>Emits a C# enum for a schema enum, plus its wire conversions (values that are not identifiers keep their text).</summary>
internal static class EnumEmitter
{
    public static void Emit(SourceWriter w, EnumModel e)
    {
        w.Line($"/// <summary>Allowed values: {Identifiers.Xml(string.Join(", ", e.Members.Select(m => "\"" + m.Wire + "\"")))}.</summary>");
        w.Open($"public enum {e.Name}");
        foreach (var m in e.Members)
        {
            w.Line($"/// <summary>Wire value \"{Identifiers.Xml(m.Wire)}\".</summary>");
            w.Line($"[global::Kurator.Sdk.KubeWire({ObjectEmitter.Str(m.Wire)})]");
            w.Line(m.CsName + ",");
        }

        w.Close();
        w.Line();
        w.Line($"/// <summary>Wire conversions of <see cref=\"{e.Name}\"/>.</summary>");
        w.Open($"public static class {e.Name}Wire");
        w.Line("/// <summary>The allowed wire values, for messages.</summary>");
        w.Line($"public const string Allowed = {ObjectEmitter.Str(string.Join(", ", e.Members.Select(m => "\"" + m.Wire + "\"")))};");
        w.Line();
        w.Line("/// <summary>The wire text of a value.</summary>");
        w.Line("/// <param name=\"value\">The value.</param>");
        w.Line("/// <returns>The text written to YAML/JSON.</returns>");
        w.Open($"public static string ToWire({e.Name} value)");
        w.Open("switch (value)");
        foreach (var m in e.Members)
        {
            w.Line($"case {e.Name}.{m.CsName}: return {ObjectEmitter.Str(m.Wire)};");
        }

        w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(value), value, null);");
        w.Close();
        w.Close();
        w.Line();
        w.Line("/// <summary>Parses wire text; null when it is not an allowed value.</summary>");
        w.Line("/// <param name=\"text\">The text.</param>");
        w.Line("/// <returns>The value, or null.</returns>");
        w.Open($"public static {e.Name}? Parse(string text)");
        w.Open("switch (text)");
        foreach (var m in e.Members)
        {
            w.Line($"case {ObjectEmitter.Str(m.Wire)}: return {e.Name}.{m.CsName};");
        }

        w.Line("default: return null;");
        w.Close();
        w.Close();
        w.Close();
        w.Line();
    }
}
