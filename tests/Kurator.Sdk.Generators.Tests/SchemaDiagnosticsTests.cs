using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Kurator.Sdk.Generators.Tests;

/// <summary>Bad schema files give diagnostics with file and line, never a crash or code that does not compile.</summary>
public class SchemaDiagnosticsTests
{
    private const string GoodCrd = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: {name: goods.example.com}
        spec:
          group: example.com
          names: {kind: Good, plural: goods}
          scope: Namespaced
          versions:
          - name: v1
            served: true
            storage: true
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  spec: {type: object, properties: {size: {type: integer}}}
        """;

    [Fact]
    public void Yaml_syntax_error_is_reported_at_its_line()
    {
        var result = new GeneratorHarness().File("/crds/broken.yaml", "apiVersion: v1\nkind: [oops\n").Run();
        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("KSG004", diagnostic.Id);
        Assert.Equal("/crds/broken.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.True(diagnostic.Location.GetLineSpan().StartLinePosition.Line >= 1);
        Assert.Empty(result.CompileErrors);
    }

    [Fact]
    public void A_broken_crd_does_not_stop_the_other_kinds_of_the_file()
    {
        const string broken = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata: {name: bads.example.com}
            spec:
              group: example.com
              names: {kind: Bad, plural: bads}
              versions:
              - name: v1
                served: true
                storage: true
            """;
        var result = new GeneratorHarness().File("/crds/mixed.yaml", broken + "\n---\n" + GoodCrd).Run();
        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("KSG003", diagnostic.Id);
        Assert.Contains("spec.versions[0].schema.openAPIV3Schema: missing", diagnostic.GetMessage());
        Assert.Equal(8, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Empty(result.CompileErrors);
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Acme.Crds.V1.Good"));
    }

    [Theory]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    public void A_broken_crd_can_be_downgraded_with_a_globalconfig_so_the_build_goes_on(string configured, DiagnosticSeverity expected)
    {
        var broken = GoodCrd.Replace("openAPIV3Schema:", "openAPIV3Schemas:").Replace("goods", "bads").Replace("Good", "Bad");
        var harness = new GeneratorHarness()
            .File("/crds/bad.yaml", broken)
            .File("/crds/good.yaml", GoodCrd)
            .GlobalConfig($"is_global = true\ndotnet_diagnostic.KSG003.severity = {configured}\n");
        var result = harness.Run();
        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("KSG003", diagnostic.Id);
        Assert.Equal(expected, diagnostic.Severity);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Acme.Crds.V1.Good"));
    }

    [Fact]
    public void A_broken_crd_can_be_silenced_with_a_globalconfig()
    {
        var broken = GoodCrd.Replace("openAPIV3Schema:", "openAPIV3Schemas:").Replace("goods", "bads").Replace("Good", "Bad");
        var result = new GeneratorHarness().File("/crds/bad.yaml", broken).GlobalConfig("is_global = true\ndotnet_diagnostic.KSG003.severity = none\n").Run();
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileErrors);
    }

    [Fact]
    public void Unsupported_types_become_free_form_json_with_a_warning()
    {
        var crd = GoodCrd.Replace("size: {type: integer}", "size: {type: tuple}");
        var result = new GeneratorHarness().File("/crds/odd.yaml", crd).Run();
        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("KSG001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Empty(result.CompileErrors);
        var size = result.Type("Acme.Crds.V1.GoodSpec").GetMembers("Size").OfType<IPropertySymbol>().Single();
        Assert.Equal("System.Text.Json.Nodes.JsonNode?", size.Type.ToDisplayString());
    }

    [Fact]
    public void Yaml_files_that_are_not_crds_are_ignored()
    {
        var result = new GeneratorHarness().File("/config/settings.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n").File("/config/data.json", "{\"a\": 1}").Run();
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.Run.Results[0].GeneratedSources);
    }
}
