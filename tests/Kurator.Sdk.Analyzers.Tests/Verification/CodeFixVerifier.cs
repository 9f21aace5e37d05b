using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Sdk;

namespace Kurator.Sdk.Analyzers.Tests.Verification;

/// <summary>
/// Runs an analyzer and a code fix in an AdhocWorkspace: checks the markup's diagnostics on the code before,
/// applies the fix until no fixable diagnostic is left, and compares the result with the expected code.
/// </summary>
public sealed class CodeFixVerifier<TAnalyzer, TFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TFix : CodeFixProvider, new()
{
    private readonly Dictionary<string, string> _options = new();

    public CodeFixVerifier<TAnalyzer, TFix> WithOption(string key, string value)
    {
        _options[key] = value;
        return this;
    }

    public async Task VerifyAsync(string beforeMarkup, string after)
    {
        var verifier = new AnalyzerVerifier<TAnalyzer>().WithSource(beforeMarkup);
        foreach (var (key, value) in _options)
        {
            verifier.WithOption(key, value);
        }

        await verifier.VerifyAsync();

        var fix = new TFix();
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Create(), "TestProject", "TestProject", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: TestCompilation.ParseOptions,
            metadataReferences: TestReferences.All));
        var document = workspace.AddDocument(project.Id, "Test0.cs", SourceText.From(Markup.Parse(beforeMarkup).Source));

        var applied = 0;
        for (; applied < 20; applied++)
        {
            var compilation = (await document.Project.GetCompilationAsync())!;
            var diagnostics = await TestCompilation.AnalyzeAsync(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new TAnalyzer()), _options);
            var actions = new List<CodeAction>();
            foreach (var diagnostic in diagnostics.Where(d => fix.FixableDiagnosticIds.Contains(d.Id)))
            {
                await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                if (actions.Count > 0)
                {
                    break;
                }
            }

            if (actions.Count == 0)
            {
                break;
            }

            var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
            var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            document = solution.GetDocument(document.Id)!;
        }

        Assert.True(applied > 0, "the code fix offered nothing");
        var actual = (await document.GetTextAsync()).ToString();
        if (Normalize(actual) != Normalize(after))
        {
            throw new XunitException("Fixed code differs.\nExpected:\n" + after + "\nActual:\n" + actual);
        }

        // The fixed code must compile.
        TestCompilation.Create(new[] { actual });
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd();
}
