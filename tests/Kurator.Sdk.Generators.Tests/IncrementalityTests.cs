extern alias gen;
using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using gen::Kurator.Sdk.Generators;
using gen::Kurator.Sdk.Generators.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Kurator.Sdk.Generators.Tests;

/// <summary>Editing C# never re-parses or re-emits schemas, and the pipeline model holds no symbols or compilations.</summary>
public class IncrementalityTests
{
    private static readonly string Gadgets = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "gadgets.example.com.yaml"));

    [Fact]
    public void Editing_an_unrelated_csharp_file_reuses_every_schema_step()
    {
        var (driver, compilation) = new GeneratorHarness().CoreReferences().File("/crds/gadgets.example.com.yaml", Gadgets)
            .Source("public class A { }").CreateDriver();
        driver = driver.RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(), CSharpSyntaxTree.ParseText("public class A { public int B; }", GeneratorHarness.Parse));
        driver = driver.RunGenerators(edited);
        var result = driver.GetRunResult().Results[0];

        foreach (var step in new[] { KuratorSchemaGenerator.ModelStep, KuratorSchemaGenerator.SourceStep })
        {
            var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} ran again: {r}"));
        }
    }

    [Fact]
    public void Changing_the_schema_regenerates()
    {
        var harness = new GeneratorHarness().File("/crds/gadgets.example.com.yaml", Gadgets);
        var (driver, compilation) = harness.CreateDriver();
        driver = driver.RunGenerators(compilation);
        var oldText = driver.GetRunResult().Results[0].GeneratedSources.First(s => s.HintName == "gadgets.example.com.g.cs").SourceText.ToString();

        var changed = new GeneratorHarness().File("/crds/gadgets.example.com.yaml", Gadgets.Replace("size: {type: integer}", "size: {type: string}"));
        var (driver2, compilation2) = changed.CreateDriver();
        var newText = driver2.RunGenerators(compilation2).GetRunResult().Results[0].GeneratedSources.First(s => s.HintName == "gadgets.example.com.g.cs").SourceText.ToString();
        Assert.NotEqual(oldText, newText);
    }

    [Fact]
    public void Pipeline_models_hold_no_symbols_compilations_or_syntax()
    {
        var forbidden = new[] { typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel) };
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(new[] { typeof(FileModel), typeof(GeneratedSource), typeof(SchemaInput), typeof(GeneratorOptions) });
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type) || type.IsPrimitive || type == typeof(string))
            {
                continue;
            }

            Assert.DoesNotContain(forbidden, f => f.IsAssignableFrom(type));
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                queue.Enqueue(field.FieldType);
                foreach (var arg in field.FieldType.GetGenericArguments())
                {
                    queue.Enqueue(arg);
                }

                if (field.FieldType.IsArray)
                {
                    queue.Enqueue(field.FieldType.GetElementType()!);
                }
            }
        }

        Assert.Contains(typeof(gen::Kurator.Sdk.Schema.Model.ObjectModel), seen);
    }
}
