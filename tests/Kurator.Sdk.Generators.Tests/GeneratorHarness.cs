extern alias gen;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using gen::Kurator.Sdk.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kurator.Sdk.Generators.Tests;

/// <summary>Runs the schema generator over in-memory AdditionalFiles the way the compiler does, with step tracking on.</summary>
public sealed class GeneratorHarness
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(new[] { typeof(KubeModel).Assembly.Location, typeof(Kurator.Sdk.Kubernetes.KubernetesKinds).Assembly.Location, System.Reflection.Assembly.Load("Kurator.Sdk.Schema").Location })
            .Distinct()
            .Where(p => !System.IO.Path.GetFileName(p).StartsWith("Kurator.Sdk.Generators", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    private readonly List<AdditionalText> _files = new();
    private readonly Dictionary<string, string> _roles = new();
    private readonly Dictionary<string, string> _globals = new() { ["build_property.KuratorSdkNamespace"] = "Acme.Crds" };
    private readonly List<SyntaxTree> _sources = new();
    private SyntaxTreeOptionsProvider? _severities;

    public static CSharpParseOptions Parse { get; } = new(LanguageVersion.CSharp12);

    public GeneratorHarness File(string path, string text, string? role = null)
    {
        _files.Add(new InMemoryText(path, text));
        if (role != null)
        {
            _roles[path] = role;
        }

        return this;
    }

    public GeneratorHarness CoreReferences()
    {
        var dir = Path.Combine(RepoRoot(), "schemas", "kubernetes");
        foreach (var file in Directory.GetFiles(dir, "*.json"))
        {
            File(file, System.IO.File.ReadAllText(file), "reference");
        }

        return this;
    }

    public GeneratorHarness Source(string code)
    {
        _sources.Add(CSharpSyntaxTree.ParseText(code, Parse, path: $"Source{_sources.Count}.cs"));
        return this;
    }

    public GeneratorHarness Global(string key, string value)
    {
        _globals[key] = value;
        return this;
    }

    /// <summary>Applies a .globalconfig's diagnostic severities the way the compiler does when the file is in the build.</summary>
    public GeneratorHarness GlobalConfig(string text)
    {
        var config = AnalyzerConfig.Parse(text, "/project/.globalconfig");
        _severities = new GlobalSeverities(AnalyzerConfigSet.Create(ImmutableArray.Create(config)).GlobalConfigOptions.TreeOptions);
        return this;
    }

    public (GeneratorDriver Driver, CSharpCompilation Compilation) CreateDriver()
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        if (_severities != null)
        {
            options = options.WithSyntaxTreeOptionsProvider(_severities);
        }

        var compilation = CSharpCompilation.Create("UserProject", _sources, References.Value, options);
        var driver = CSharpGeneratorDriver.Create(
            new[] { new KuratorSchemaGenerator().AsSourceGenerator() },
            _files,
            Parse,
            new Options(_globals, _roles),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return (driver, compilation);
    }

    public GeneratorResult Run()
    {
        var (driver, compilation) = CreateDriver();
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorResult(driver.GetRunResult(), (CSharpCompilation)output, diagnostics);
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Kurator.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Kurator.Sdk.sln not found above the test binary");
    }

    private sealed class GlobalSeverities(ImmutableDictionary<string, ReportDiagnostic> severities) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            severities.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            severities.TryGetValue(diagnosticId, out severity);
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class Options(Dictionary<string, string> globals, Dictionary<string, string> roles) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(globals);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(new());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Values(roles.TryGetValue(textFile.Path, out var role) ? new() { ["build_metadata.AdditionalFiles.KuratorSdkRole"] = role } : new());
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>What a generator run produced.</summary>
public sealed record GeneratorResult(GeneratorDriverRunResult Run, CSharpCompilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IEnumerable<Diagnostic> CompileErrors => Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);

    public string Generated(string hintName) => Run.Results[0].GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    public INamedTypeSymbol Type(string metadataName) => Compilation.GetTypeByMetadataName(metadataName) ?? throw new Xunit.Sdk.XunitException($"type {metadataName} was not generated");

    /// <summary>Compiles the generated code, loads it and registers its kinds in a fresh registry, so tests can read and validate YAML with it.</summary>
    public KubeTypeRegistry Load()
    {
        using var image = new MemoryStream();
        var emitted = Compilation.Emit(image);
        Xunit.Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var assembly = System.Reflection.Assembly.Load(image.ToArray());
        var kinds = assembly.GetTypes().Single(t => t.Name == "GeneratedKinds");
        var registry = new KubeTypeRegistry();
        kinds.GetMethod("Register")!.Invoke(null, new object[] { registry });
        return registry;
    }
}
