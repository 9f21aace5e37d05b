using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.CodeFixes;
using Kurator.Sdk.Analyzers.PodSecurity;
using Kurator.Sdk.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kurator.Sdk.Analyzers.Tests.CodeFixes;

/// <summary>"Fix all in document" with four diagnostics per container must add one securityContext per container.</summary>
public class FixAllTests
{
    [Fact]
    public async Task Fix_all_hardens_every_container_once()
    {
        const string before = Sources.Core + """
            class C
            {
                PodSpec M() => new PodSpec { Containers = [new Container { Name = "a" }, new Container { Name = "b" }] };
            }
            """;
        var options = new Dictionary<string, string> { ["kurator_pod_security_level"] = "restricted" };
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Create(), "P", "P", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            parseOptions: TestCompilation.ParseOptions, metadataReferences: TestReferences.All));
        var document = workspace.AddDocument(project.Id, "Test0.cs", SourceText.From(before));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PodSecurityAnalyzer());
        var diagnostics = await TestCompilation.AnalyzeAsync((await document.Project.GetCompilationAsync())!, analyzers, options);
        Assert.Equal(8, diagnostics.Length);

        var fix = new RestrictedSecurityContextCodeFix();
        var actions = new List<CodeAction>();
        await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostics[0], (a, _) => actions.Add(a), CancellationToken.None));
        var context = new FixAllContext(
            document, fix, FixAllScope.Document, actions[0].EquivalenceKey!, fix.FixableDiagnosticIds, new Provider(diagnostics), CancellationToken.None);
        var fixAll = await fix.GetFixAllProvider()!.GetFixAsync(context);
        var operations = await fixAll!.GetOperationsAsync(CancellationToken.None);
        var fixedDocument = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;

        var text = (await fixedDocument.GetTextAsync()).ToString();
        Assert.Equal(2, text.Split("SecurityContext = new()").Length - 1);
        var after = await TestCompilation.AnalyzeAsync(TestCompilation.Create(new[] { text }), analyzers, options);
        Assert.Empty(after);
    }

    private sealed class Provider(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(Enumerable.Empty<Diagnostic>());
    }
}
