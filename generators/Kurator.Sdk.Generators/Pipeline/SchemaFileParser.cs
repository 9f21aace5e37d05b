using System;
using System.Collections.Generic;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Schema.Import;
using Kurator.Sdk.Schema.Model;

namespace Kurator.Sdk.Generators.Pipeline;

/// <summary>
/// Parses one AdditionalFile (a normalized schema JSON, or upstream CRD YAML/JSON) into type models.
/// Bad input becomes problems with file and line; one broken CRD never stops the others.
/// </summary>
internal static class SchemaFileParser
{
    public static FileModel Parse(SchemaInput input, CoreTypeIndex core, GeneratorOptions options)
    {
        var units = new List<UnitModel>();
        var problems = new List<SchemaProblem>();
        try
        {
            var isJson = input.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
            var docs = isJson ? new List<DocNode> { JsonDocReader.Parse(input.Text, input.Path) } : YamlDocReader.ParseAll(input.Text, input.Path);
            var index = 0;
            foreach (var doc in docs)
            {
                try
                {
                    var unit = ParseDocument(doc, input.Path, core, options, docs.Count > 1 ? index : -1);
                    if (unit != null)
                    {
                        units.Add(unit);
                        problems.AddRange(unit.Problems);
                    }
                }
                catch (DocParseException ex)
                {
                    problems.Add(new SchemaProblem("KSG003", ex.File, ex.Line, ex.Column, ex.Reason));
                }

                index++;
            }
        }
        catch (DocParseException ex)
        {
            problems.Add(new SchemaProblem("KSG004", ex.File, ex.Line, ex.Column, ex.Reason));
        }
        catch (Exception ex) when (!(ex is OperationCanceledException))
        {
            problems.Add(new SchemaProblem("KSG004", input.Path, 1, 1, "cannot read schema: " + ex.Message));
        }

        return new FileModel(input.Path, EquatableArray.From(units), EquatableArray.From(problems));
    }

    private static UnitModel? ParseDocument(DocNode doc, string path, CoreTypeIndex core, GeneratorOptions options, int index)
    {
        if (!(doc is DocMapping root))
        {
            return null;
        }

        UnitModel? unit = null;
        if (NormalizedFormat.IsNormalized(root))
        {
            unit = NormalizedFormat.IsDefinitions(root)
                ? UnitBuilder.BuildDefinitions(NormalizedFormat.ReadDefinitions(root, path), path)
                : UnitBuilder.BuildCrd(NormalizedFormat.ReadCrd(root, path), path, options.RootNamespace, core);
        }
        else if (CrdReader.IsCrd(root))
        {
            unit = UnitBuilder.BuildCrd(CrdReader.Read(root, path, "custom", null), path, options.RootNamespace, core);
        }

        if (unit != null && index >= 0)
        {
            unit = unit with { HintName = unit.HintName.Replace(".g.cs", "." + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs") };
        }

        return unit;
    }
}
