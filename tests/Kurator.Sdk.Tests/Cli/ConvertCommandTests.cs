using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Kurator.Sdk.Cli.Commands;
using Kurator.Sdk.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Kurator.Sdk.Tests.Cli;

/// <summary>convert --project: the generated program builds the same objects with the typed API and prints equal YAML.</summary>
public class ConvertCommandTests
{
    public static IEnumerable<object[]> ValidSeeds() =>
        Directory.GetFiles(RepoPaths.Fixture("seeds"), "*.yaml").OrderBy(f => f).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(ValidSeeds))]
    public void Converted_program_prints_the_input(string seed)
    {
        var input = RepoPaths.Fixture("seeds", seed);
        var dir = Path.Combine(Path.GetTempPath(), "ksdk-convert-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(0, ConvertCommand.Run(input, dir, RepoPaths.Root, new StringWriter(), new StringWriter()));
            var program = File.ReadAllText(Path.Combine(dir, "Program.cs"));
            var output = CompileAndRun(program);
            AssertSameDocuments(File.ReadAllText(input), output);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task Converted_project_runs_with_dotnet_run()
    {
        var input = RepoPaths.Fixture("seeds", "volcano-job-pytorch.yaml");
        var dir = Path.Combine(Path.GetTempPath(), "ksdk-convert-run-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(0, ConvertCommand.Run(input, dir, RepoPaths.Root, new StringWriter(), new StringWriter()));
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
            var psi = new ProcessStartInfo("dotnet", $"run -c {configuration} --project \"{dir}\"") { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(psi)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromMinutes(10));
            await process.WaitForExitAsync(timeout.Token);
            var (output, errors) = (await stdout, await stderr);
            Assert.True(process.ExitCode == 0, output + errors);
            AssertSameDocuments(File.ReadAllText(input), output);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Required_field_left_out_or_null_in_the_yaml_still_converts_to_code_that_compiles()
    {
        // The loader accepts `secretRef: null` (a PSA fixture has it); C# needs the required member named.
        const string yaml = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: scaleio
            spec:
              containers:
              - name: app
                image: busybox:1.36
              volumes:
              - name: data
                scaleIO:
                  gateway: localhost
                  secretRef: null
                  system: test
            """;
        var dir = Path.Combine(Path.GetTempPath(), "ksdk-convert-required-" + Guid.NewGuid().ToString("N"));
        var input = Path.Combine(dir + "-input", "scaleio.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(input)!);
        File.WriteAllText(input, yaml);
        try
        {
            Assert.Equal(0, ConvertCommand.Run(input, dir, RepoPaths.Root, new StringWriter(), new StringWriter()));
            var program = File.ReadAllText(Path.Combine(dir, "Program.cs"));
            Assert.Contains("SecretRef = null! /* required, not set in the YAML */", program, StringComparison.Ordinal);
            AssertSameDocuments(yaml.Replace("      secretRef: null\n", string.Empty), CompileAndRun(program));
        }
        finally
        {
            Directory.Delete(dir, true);
            Directory.Delete(dir + "-input", true);
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task Converted_project_from_a_checkout_gets_the_analyzers_warnings()
    {
        // `convert --sdk <checkout>` wires the analyzers in as the package does: the converted privileged pod warns in the build.
        var dir = Path.Combine(Path.GetTempPath(), "ksdk-convert-analyzers-" + Guid.NewGuid().ToString("N"));
        var input = Path.Combine(dir + "-input", "privileged.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(input)!);
        File.WriteAllText(input, """
            apiVersion: v1
            kind: Pod
            metadata:
              name: debug
            spec:
              containers:
              - name: shell
                image: busybox:1.36
                securityContext:
                  privileged: true
            """);
        try
        {
            Assert.Equal(0, ConvertCommand.Run(input, dir, RepoPaths.Root, new StringWriter(), new StringWriter()));
            var project = File.ReadAllText(Directory.GetFiles(dir, "*.csproj").Single());
            Assert.Contains("Kurator.Sdk.Analyzers.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\"", project, StringComparison.Ordinal);
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
            var psi = new ProcessStartInfo("dotnet", $"build -c {configuration} -tl:off \"{dir}\"") { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(psi)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromMinutes(10));
            await process.WaitForExitAsync(timeout.Token);
            var (output, errors) = (await stdout, await stderr);
            Assert.True(process.ExitCode == 0, output + errors);
            Assert.Matches(@"Program\.cs\(\d+,\d+\): warning KSDK1002: Pod Security baseline: privileged", output);
        }
        finally
        {
            Directory.Delete(dir, true);
            Directory.Delete(dir + "-input", true);
        }
    }

    [Fact]
    public void Kinds_that_share_a_simple_name_are_written_qualified_and_the_others_through_using_aliases()
    {
        // Kurator's and KubeVela's Application in one file: neither may bind to the other.
        var yaml = """
            apiVersion: apps.kurator.dev/v1alpha1
            kind: Application
            metadata:
              name: podinfo
              namespace: default
            spec:
              source:
                gitRepository:
                  interval: 3m0s
                  url: https://github.com/stefanprodan/podinfo
              syncPolicies:
              - destination:
                  fleet: quickstart
                kustomization:
                  interval: 5m0s
                  path: ./deploy/webapp
                  prune: true
            ---
            apiVersion: core.oam.dev/v1beta1
            kind: Application
            metadata:
              name: web
              namespace: default
            spec:
              components:
              - name: web
                type: webservice
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
              namespace: default
            data:
              mode: fast
            """;
        var dir = Path.Combine(Path.GetTempPath(), "ksdk-convert-names-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir + "-input");
        try
        {
            var input = Path.Combine(dir + "-input", "apps.yaml");
            File.WriteAllText(input, yaml);
            Assert.Equal(0, ConvertCommand.Run(input, dir, RepoPaths.Root, new StringWriter(), new StringWriter()));
            var program = File.ReadAllText(Path.Combine(dir, "Program.cs"));

            Assert.Contains("new global::Kurator.Sdk.Kurator.", program, StringComparison.Ordinal);
            Assert.Contains("new global::Kurator.Sdk.KubeVela.", program, StringComparison.Ordinal);
            Assert.DoesNotContain("using Application =", program, StringComparison.Ordinal);
            Assert.Contains("using ConfigMap = Kurator.Sdk.Kubernetes.", program, StringComparison.Ordinal);
            Assert.Contains("new ConfigMap(\"settings\", \"default\")", program, StringComparison.Ordinal);
            AssertSameDocuments(yaml, CompileAndRun(program));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, true);
            }

            Directory.Delete(dir + "-input", true);
        }
    }

    [Fact]
    public void Sdk_folder_that_is_not_a_checkout_is_an_error()
    {
        var error = new StringWriter();
        var dir = Path.Combine(Path.GetTempPath(), "ksdk-convert-nosdk-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(1, ConvertCommand.Run(RepoPaths.Fixture("seeds", "volcano-job-pytorch.yaml"), dir, Path.GetTempPath(), new StringWriter(), error));
        Assert.Contains("not a Kurator.Sdk checkout", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    private static void AssertSameDocuments(string expected, string actual)
    {
        var e = global::Kurator.Sdk.Schema.Documents.YamlDocReader.ParseAll(expected, "expected").Select(global::Kurator.Sdk.Serialization.DocJson.ToNode).ToList();
        var a = global::Kurator.Sdk.Schema.Documents.YamlDocReader.ParseAll(actual, "actual").Select(global::Kurator.Sdk.Serialization.DocJson.ToNode).ToList();
        Assert.Equal(e.Count, a.Count);
        for (var i = 0; i < e.Count; i++)
        {
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(e[i], a[i]), $"document {i} differs:\n{actual}");
        }
    }

    private static string CompileAndRun(string program)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && a.Location.Length > 0).Select(a => a.Location))
            .Distinct()
            .Select(p => MetadataReference.CreateFromFile(p));
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        var usings = CSharpSyntaxTree.ParseText("global using System; global using System.Collections.Generic; global using System.Linq;", parse);
        var compilation = CSharpCompilation.Create(
            "Converted" + Guid.NewGuid().ToString("N"),
            new[] { usings, CSharpSyntaxTree.ParseText(program, parse) },
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var pe = new MemoryStream();
        var emit = compilation.Emit(pe);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)) + "\n" + program);
        var context = new AssemblyLoadContext("converted", isCollectible: true);
        try
        {
            pe.Position = 0;
            var assembly = context.LoadFromStream(pe);
            var writer = new StringWriter();
            var previous = Console.Out;
            Console.SetOut(writer);
            try
            {
                var entry = assembly.EntryPoint!;
                entry.Invoke(null, entry.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() });
            }
            finally
            {
                Console.SetOut(previous);
            }

            return writer.ToString();
        }
        finally
        {
            context.Unload();
        }
    }
}
