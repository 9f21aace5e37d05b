using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.BestPractice;
using Kurator.Sdk.Analyzers.Kurator;
using Kurator.Sdk.Analyzers.PodSecurity;
using Kurator.Sdk.Analyzers.Schema;
using Kurator.Sdk.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kurator.Sdk.Analyzers.Tests.Samples;

/// <summary>
/// samples/PolicyViolations compiled in-process with every analyzer and the project's own configuration (the
/// csproj's KuratorPodSecurityLevel, the .editorconfig's severities), as `dotnet build` would run them.
/// </summary>
internal static class PolicyViolationsSample
{
    public const string Folder = "samples/PolicyViolations";

    /// <summary>Program.cs only wires the objects into a KuratorApp (whose assembly the analyzer tests do not reference).</summary>
    public const string WiringFile = "Program.cs";

    public static string Root { get; } = FindRoot();

    public static string Dir => Path.Combine(Root, Folder);

    public static IReadOnlyList<string> SourceFiles() =>
        Directory.GetFiles(Dir, "*.cs").Select(Path.GetFileName).Where(f => f != WiringFile).OrderBy(f => f, StringComparer.Ordinal).ToList()!;

    /// <summary>The sample's files compiled as they are, or after <paramref name="edit"/> (file name, text) rewrote them.</summary>
    public static CSharpCompilation Compile(Func<string, string, string>? edit = null)
    {
        var trees = SourceFiles().Select(f =>
        {
            var text = File.ReadAllText(Path.Combine(Dir, f));
            return CSharpSyntaxTree.ParseText(edit is null ? text : edit(f, text), TestCompilation.ParseOptions, path: f);
        });
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(EditorConfigSeverities());
        var compilation = CSharpCompilation.Create("PolicyViolations", trees, TestReferences.All, options);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the sample does not compile:\n" + string.Join("\n", errors));
        return compilation;
    }

    /// <summary>
    /// What `dotnet build` prints for the sample's analyzer diagnostics, path relative to the repository; at the csproj's
    /// level unless <paramref name="level"/> overrides it (as <c>-p:KuratorPodSecurityLevel=...</c> would), over the
    /// files as they are or as <paramref name="edit"/> rewrote them.
    /// </summary>
    public static async Task<IReadOnlyList<string>> BuildLinesAsync(string? level = null, Func<string, string, string>? edit = null)
    {
        var compilation = Compile(edit);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PodSecurityAnalyzer(), new SchemaLiteralAnalyzer(), new KuratorRulesAnalyzer(), new BestPracticeAnalyzer());
        var options = new Dictionary<string, string> { ["build_property.KuratorPodSecurityLevel"] = level ?? CsprojProperty("KuratorPodSecurityLevel") };
        var diagnostics = await TestCompilation.AnalyzeAsync(compilation, analyzers, options);
        return diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(Format)
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>MSBuild's canonical form: <c>file(line,col): warning ID: message (help link)</c>.</summary>
    public static string Format(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var help = string.IsNullOrEmpty(d.Descriptor.HelpLinkUri) ? string.Empty : " (" + d.Descriptor.HelpLinkUri + ")";
        return $"{Folder}/{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage()}{help}";
    }

    public static string CsprojProperty(string name)
    {
        var match = Regex.Match(File.ReadAllText(Path.Combine(Dir, "PolicyViolations.csproj")), "<" + name + ">([^<]*)</" + name + ">");
        Assert.True(match.Success, name + " not set in the sample's csproj");
        return match.Groups[1].Value;
    }

    /// <summary>The <c>dotnet_diagnostic.ID.severity</c> lines of the sample's .editorconfig.</summary>
    public static ImmutableDictionary<string, ReportDiagnostic> EditorConfigSeverities()
    {
        var result = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>();
        foreach (Match m in Regex.Matches(File.ReadAllText(Path.Combine(Dir, ".editorconfig")), @"^dotnet_diagnostic\.(\w+)\.severity\s*=\s*(\w+)", RegexOptions.Multiline))
        {
            result[m.Groups[1].Value] = m.Groups[2].Value switch
            {
                "error" => ReportDiagnostic.Error,
                "warning" => ReportDiagnostic.Warn,
                "suggestion" => ReportDiagnostic.Info,
                "silent" => ReportDiagnostic.Hidden,
                "none" => ReportDiagnostic.Suppress,
                var other => throw new InvalidOperationException("unknown severity " + other),
            };
        }

        return result.ToImmutable();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kurator.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Kurator.Sdk.sln not found above " + AppContext.BaseDirectory);
    }
}
