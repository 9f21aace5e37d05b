extern alias gen;
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kurator.Sdk.Benchmarks;

/// <summary>Runs the source generator over one family's schema files and compiles its output, timing both.</summary>
public static class GenerationBenchmark
{
    /// <summary>
    /// The generated families, each as one project builds it: "meta" is meta.v1 (generated into the runtime assembly,
    /// Kurator.Sdk), "kubernetes" the other core definition sets, the rest one CRD family each.
    /// </summary>
    public static readonly string[] Families = { "meta", "kubernetes", "kurator", "flux", "kyverno", "volcano", "cluster-api", "karmada", "ocm", "kubevela" };

    /// <summary>Generates (and optionally compiles) the given families in this process.</summary>
    /// <returns>
    /// Generation and compile times, the compile's CPU time (all threads: steadier than wall time on a shared machine),
    /// number of generated sources, and their size in UTF-8 bytes.
    /// </returns>
    public static (double GenerateMs, double CompileMs, double CompileCpuMs, int Sources, long Bytes) Run(string schemas, IEnumerable<string> families, bool compile, bool docs = true)
    {
        var texts = new List<AdditionalText>();
        var roles = new Dictionary<string, string>();
        var list = families.ToList();
        foreach (var family in list)
        {
            // meta.v1 is its own family: the runtime assembly (Kurator.Sdk) holds it, and the compilation references that.
            var files = family == "meta"
                ? new[] { Path.Combine(schemas, "kubernetes", "meta.v1.json") }
                : Directory.GetFiles(Path.Combine(schemas, family), "*.json").Where(f => !f.EndsWith("meta.v1.json", StringComparison.Ordinal));
            foreach (var file in files.OrderBy(f => f, StringComparer.Ordinal))
            {
                texts.Add(new FileText(file));
            }
        }

        if (!list.Contains("kubernetes") && !(list.Count == 1 && list[0] == "meta"))
        {
            foreach (var file in Directory.GetFiles(Path.Combine(schemas, "kubernetes"), "*.json"))
            {
                texts.Add(new FileText(file));
                roles[file] = "reference";
            }
        }

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => !Path.GetFileName(p).StartsWith("Kurator.Sdk.Generators", StringComparison.Ordinal))
            .Where(p => !(list.Contains("kubernetes") && Path.GetFileName(p) == "Kurator.Sdk.Kubernetes.dll"))
            .Select(p => MetadataReference.CreateFromFile(p)).ToArray();
        var compilation = CSharpCompilation.Create("Bench", Array.Empty<SyntaxTree>(), references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        // Documentation comments are parsed and checked as in the projects' builds (GenerateDocumentationFile); without
        // docs they are plain comments, which shows what the XML documentation costs.
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new gen::Kurator.Sdk.Generators.KuratorSchemaGenerator().AsSourceGenerator() }, texts, new CSharpParseOptions(LanguageVersion.CSharp12, docs ? DocumentationMode.Diagnose : DocumentationMode.None),
            new Options(roles));

        var sw = Stopwatch.StartNew();
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var generateMs = sw.Elapsed.TotalMilliseconds;
        var run = driver.GetRunResult();
        var bytes = run.Results[0].GeneratedSources.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
        double compileMs = 0;
        double compileCpuMs = 0;
        if (compile)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            sw.Restart();
            using var pe = new MemoryStream();
            using var xml = new MemoryStream();
            var result = output.Emit(pe, xmlDocumentationStream: docs ? xml : null);
            compileMs = sw.Elapsed.TotalMilliseconds;
            compileCpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            if (errors > 0)
            {
                throw new InvalidOperationException($"generated code has {errors} errors: {result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error)}");
            }
        }

        return (generateMs, compileMs, compileCpuMs, run.Results[0].GeneratedSources.Length, bytes);
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(path));
    }

    private sealed class Options(Dictionary<string, string> roles) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new() { ["build_property.KuratorSdkNamespace"] = "Bench" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(new());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Values(roles.ContainsKey(textFile.Path) ? new() { ["build_metadata.AdditionalFiles.KuratorSdkRole"] = "reference" } : new());
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
