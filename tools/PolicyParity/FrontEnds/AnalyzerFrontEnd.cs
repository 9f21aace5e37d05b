using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;
using Kurator.Sdk.Cli.Conversion;
using Kurator.Sdk.Policy.Rules;
using Kurator.Sdk.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kurator.Sdk.PolicyParity.FrontEnds;

/// <summary>
/// The compile-time front end: a YAML pod becomes C# exactly as <c>kurator-sdk convert</c> writes it, compiled in-process
/// against the SDK with the Pod Security analyzer loaded from its built assembly, as the compiler loads it in a build.
/// </summary>
internal sealed class AnalyzerFrontEnd
{
    private const string AnalyzerFileName = "Kurator.Sdk.Analyzers.dll";
    private const string AnalyzerTypeName = "Kurator.Sdk.Analyzers.PodSecurity.PodSecurityAnalyzer";

    // The converted project builds with ImplicitUsings: the SDK's generated global usings come with it.
    private const string ImplicitUsings = "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; "
        + "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private readonly CSharpCompilation _base;
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;

    private AnalyzerFrontEnd(CSharpCompilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        _base = compilation;
        _analyzers = analyzers;
    }

    /// <summary>Loads the analyzer built beside this tool (analyzers/ under its output folder).</summary>
    /// <exception cref="FileNotFoundException">The analyzer assembly is not there (the tool was not built).</exception>
    public static AnalyzerFrontEnd Create()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "analyzers", AnalyzerFileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("the Pod Security analyzer is not beside the tool (build tools/PolicyParity first)", path);
        }

        var reference = new AnalyzerFileReference(path, new DefaultContextLoader());
        var analyzers = reference.GetAnalyzers(LanguageNames.CSharp).Where(a => a.GetType().FullName == AnalyzerTypeName).ToImmutableArray();
        if (analyzers.Length != 1)
        {
            throw new InvalidOperationException(path + " has no " + AnalyzerTypeName);
        }

        // Registers the core Kubernetes kinds with the YAML loader (the assembly's module initializer).
        RuntimeHelpers.RunModuleConstructor(typeof(global::Kurator.Sdk.Kubernetes.Core.V1.Pod).Module.ModuleHandle);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(KubeModel).Assembly.Location)
            .Append(typeof(global::Kurator.Sdk.Kubernetes.Core.V1.Pod).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "Converted",
            new[] { CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, path: "GlobalUsings.g.cs") },
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        return new AnalyzerFrontEnd(compilation, analyzers);
    }

    /// <summary>The PSA check IDs the analyzer reports on the converted file at <paramref name="level"/> and <paramref name="version"/>.</summary>
    /// <exception cref="FrontEndException">The file does not load as typed objects, or the converted code does not compile.</exception>
    public IReadOnlyList<string> Checks(string yamlFile, string level, string version, CancellationToken cancellationToken)
    {
        var loaded = KubeYaml.Load(File.ReadAllText(yamlFile), yamlFile);
        if (!loaded.Success || loaded.Objects.Count == 0)
        {
            throw new FrontEndException("does not load as typed objects: " + string.Join("; ", loaded.Errors.Take(3)));
        }

        var program = ProgramWriter.Write(loaded.Objects.Select(o => o.Resource).ToList(), yamlFile);
        var compilation = _base.AddSyntaxTrees(CSharpSyntaxTree.ParseText(program, ParseOptions, path: "Program.cs", cancellationToken: cancellationToken));
        var options = new AnalyzerOptions(
            ImmutableArray<AdditionalText>.Empty,
            new UniformOptions(new Dictionary<string, string> { ["kurator_pod_security_level"] = level, ["kurator_pod_security_version"] = version }));
        var exceptions = new List<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(_analyzers, new CompilationWithAnalyzersOptions(
            options, (e, _, _) => { lock (exceptions) { exceptions.Add(e); } }, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var diagnostics = withAnalyzers.GetAllDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("KSDK", StringComparison.Ordinal)).ToList();
        if (errors.Count > 0 || exceptions.Count > 0)
        {
            throw new FrontEndException("converted code fails: " + string.Join("; ", errors.Take(3).Select(e => e.ToString()).Concat(exceptions.Take(1).Select(e => e.Message))));
        }

        return diagnostics
            .Where(d => d.Id.StartsWith("KSDK10", StringComparison.Ordinal))
            .Select(d => PodSecurityRules.All[int.Parse(d.Id.Substring(4), System.Globalization.CultureInfo.InvariantCulture) - PodSecurityDiagnosticIds.FirstNumber].Id)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Loads analyzer assemblies into the default context, as a command-line compiler would.</summary>
    private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
