using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.BestPractice;
using Kurator.Sdk.Analyzers.CodeFixes;
using Kurator.Sdk.Analyzers.PodSecurity;
using Kurator.Sdk.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kurator.Sdk.Analyzers.Tests.Samples;

/// <summary>The before/after pairs in samples/PolicyViolations/README.md are what the code fixes do to the sample's own code.</summary>
public class PolicyViolationsCodeFixTests
{
    [Theory]
    [InlineData("remove-privileged", "KSDK1002")]
    [InlineData("restricted-security-context", "KSDK1015")]
    [InlineData("pin-image", "KSDK4001")]
    public async Task Readme_before_and_after_match_the_code_fix(string example, string id)
    {
        var (before, after) = ReadmeExample(example);
        var source = File.ReadAllText(Path.Combine(PolicyViolationsSample.Dir, "Violations.cs"));
        var region = Find(source, before);
        Assert.True(region.Length > 0, "the README's 'before' code is not in Violations.cs:\n" + before);

        var (fixedText, cleared) = await ApplyFixAsync(source, id, region);
        Assert.True(Find(fixedText, after).Length > 0, "the fixed code does not contain the README's 'after' code:\n" + after + "\nFixed:\n" + fixedText);
        Assert.True(Find(fixedText, before).Length == 0, "the README's 'before' code is still there after the fix");
        // The pin fix's placeholder tag stays flagged on purpose (only the author knows the version); the others clear theirs.
        Assert.Equal(id == "KSDK4001" ? 0 : 1, cleared);
    }

    /// <summary>Where <paramref name="snippet"/> occurs in <paramref name="text"/>, whitespace runs matching any whitespace (README code is re-indented); empty when absent.</summary>
    private static TextSpan Find(string text, string snippet)
    {
        var pattern = string.Join(@"\s+", snippet.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        var m = Regex.Match(text, pattern);
        return m.Success ? new TextSpan(m.Index, m.Length) : default;
    }

    /// <summary>The ```csharp blocks under "<!-- fix: name before -->" and "<!-- fix: name after -->" (trimmed lines).</summary>
    private static (string Before, string After) ReadmeExample(string name)
    {
        var readme = File.ReadAllText(Path.Combine(PolicyViolationsSample.Dir, "README.md")).Replace("\r\n", "\n");
        string Block(string which)
        {
            var m = Regex.Match(readme, "<!-- fix: " + Regex.Escape(name) + " " + which + " -->\n```csharp\n(.*?)\n```", RegexOptions.Singleline);
            Assert.True(m.Success, $"README.md has no '{name} {which}' example");
            return m.Groups[1].Value.Trim();
        }

        return (Block("before"), Block("after"));
    }

    /// <summary>Applies the fix for the diagnostic <paramref name="id"/> inside <paramref name="target"/>; returns the new text and how many <paramref name="id"/> diagnostics it cleared.</summary>
    private static async Task<(string Text, int Cleared)> ApplyFixAsync(string source, string id, TextSpan target)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Create(), "PolicyViolations", "PolicyViolations", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(PolicyViolationsSample.EditorConfigSeverities()),
            parseOptions: TestCompilation.ParseOptions,
            metadataReferences: TestReferences.All));
        foreach (var file in PolicyViolationsSample.SourceFiles().Where(f => f != "Violations.cs"))
        {
            project = workspace.AddDocument(project.Id, file, SourceText.From(File.ReadAllText(Path.Combine(PolicyViolationsSample.Dir, file)))).Project;
        }

        var document = workspace.AddDocument(project.Id, "Violations.cs", SourceText.From(source));

        // An ad-hoc document has no file path: its diagnostics are told apart by the syntax tree they sit in.
        var tree = await document.GetSyntaxTreeAsync();
        var diagnostic = (await DiagnosticsAsync(document)).FirstOrDefault(d => d.Id == id && d.Location.SourceTree == tree && target.Contains(d.Location.SourceSpan.Start));
        Assert.True(diagnostic is not null, $"{id} is not reported inside the README's 'before' code");
        CodeFixProvider fix = id switch
        {
            "KSDK1002" => new RemovePrivilegedCodeFix(),
            "KSDK4001" => new PinImageTagCodeFix(),
            _ => new RestrictedSecurityContextCodeFix(),
        };
        var actions = new List<CodeAction>();
        await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic!, (action, _) => actions.Add(action), CancellationToken.None));
        Assert.NotEmpty(actions);
        var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        var text = (await changed.GetTextAsync()).ToString();

        var before = (await DiagnosticsAsync(document)).Count(d => d.Id == id);
        var after = (await DiagnosticsAsync(changed)).Count(d => d.Id == id);
        return (text, before - after);
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var options = new Dictionary<string, string> { ["build_property.KuratorPodSecurityLevel"] = PolicyViolationsSample.CsprojProperty("KuratorPodSecurityLevel") };
        return await TestCompilation.AnalyzeAsync(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new PodSecurityAnalyzer(), new BestPracticeAnalyzer()), options);
    }
}
