using System.Linq;
using Kurator.Sdk.Serialization;
using Xunit;

namespace Kurator.Sdk.Generators.Tests;

/// <summary>
/// What the generated readers and validators accept: integer enums, free-form objects, required fields with defaults and the
/// CRD's own rules where a core type would otherwise be reused. Each test loads YAML with the code generated from its CRD.
/// </summary>
public class GeneratedValidationTests
{
    private const string Widgets = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: {name: widgets.example.com}
        spec:
          group: example.com
          names: {kind: Widget, plural: widgets}
          scope: Namespaced
          versions:
          - name: v1
            served: true
            storage: true
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  apiVersion: {type: string}
                  kind: {type: string}
                  metadata: {type: object}
                  spec:
                    type: object
                    required: [mode]
                    properties:
                      level: {type: integer, enum: [1, 2, -3]}
                      ratio: {type: number, enum: [0.5, 1]}
                      levels: {type: array, items: {type: integer, format: int32, enum: [10, 20]}}
                      mode: {type: string, default: fast}
                      config: {type: object, x-kubernetes-preserve-unknown-fields: true}
                      anything: {x-kubernetes-preserve-unknown-fields: true}
                      configs: {type: array, items: {type: object, x-kubernetes-preserve-unknown-fields: true}}
                      byName: {type: object, additionalProperties: {type: object, x-kubernetes-preserve-unknown-fields: true}}
                      target:
                        type: object
                        required: [kind, name]
                        properties:
                          apiVersion: {type: string}
                          kind: {type: string}
                          name: {type: string}
                      strictTarget:
                        type: object
                        required: [apiVersion, kind, name]
                        properties:
                          apiVersion: {type: string, minLength: 1}
                          kind: {type: string, minLength: 1}
                          name: {type: string, minLength: 1, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'}
        """;

    private static readonly System.Lazy<(GeneratorResult Result, KubeTypeRegistry Registry)> Generated = new(() =>
    {
        var result = new GeneratorHarness().CoreReferences().File("/crds/widgets.example.com.yaml", Widgets).Run();
        return (result, result.Load());
    });

    private static string[] Problems(string spec)
    {
        var yaml = "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec:\n" + spec;
        var loaded = KubeYaml.Load(yaml, "w.yaml", registry: Generated.Value.Registry);
        var validated = loaded.Objects.Concat(loaded.Partial).SelectMany(o => o.Validate()).Select(e => e.ToString());
        return loaded.Errors.Select(e => (e.Path.Length == 0 ? string.Empty : e.Path + ": ") + e.Message).Concat(validated).ToArray();
    }

    [Fact]
    public void Integer_and_number_enums_are_validated()
    {
        Assert.Empty(Problems("  level: -3\n  ratio: 0.5\n  levels: [10, 20]"));
        Assert.Equal(new[] { "spec.level: Unsupported value: 4: supported values: \"1\", \"2\", \"-3\"" }, Problems("  level: 4"));
        Assert.Equal(new[] { "spec.ratio: Unsupported value: 0.25: supported values: \"0.5\", \"1\"" }, Problems("  ratio: 0.25"));
        Assert.Equal(new[] { "spec.levels[1]: Unsupported value: 15: supported values: \"10\", \"20\"" }, Problems("  levels: [10, 15]"));
    }

    [Fact]
    public void A_free_form_object_rejects_scalars_and_lists_but_an_untyped_field_takes_anything()
    {
        Assert.Empty(Problems("  config: {a: 1, b: [x]}\n  anything: 5\n  configs: [{a: 1}]\n  byName: {x: {y: 1}}"));
        Assert.Equal(new[] { "spec.config: expected an object, got the integer 5" }, Problems("  config: 5"));
        Assert.Equal(new[] { "spec.config: expected an object, got a list" }, Problems("  config: [a]"));
        Assert.Equal(new[] { "spec.configs[1]: expected an object, got a string" }, Problems("  configs: [{a: 1}, text]"));
        Assert.Equal(new[] { "spec.byName.x: expected an object, got true" }, Problems("  byName: {x: true}"));
        Assert.Equal("System.Text.Json.Nodes.JsonNode?", Generated.Value.Result.Type("Acme.Crds.V1.WidgetSpec").GetMembers("Config").OfType<Microsoft.CodeAnalysis.IPropertySymbol>().Single().Type.ToDisplayString());
    }

    [Fact]
    public void A_crd_default_fills_a_required_field()
    {
        // The API server applies a CRD's defaults before it validates, so a defaulted required field is never missing.
        Assert.Empty(Problems("  level: 1"));
    }

    [Fact]
    public void A_core_type_is_reused_only_when_its_rules_are_the_crds_rules()
    {
        var spec = Generated.Value.Result.Type("Acme.Crds.V1.WidgetSpec");
        string TypeOf(string member) => spec.GetMembers(member).OfType<Microsoft.CodeAnalysis.IPropertySymbol>().Single().Type.ToDisplayString();
        Assert.Equal("Kurator.Sdk.Kubernetes.Autoscaling.V2.CrossVersionObjectReference?", TypeOf("Target"));
        Assert.Equal("Acme.Crds.V1.WidgetSpecStrictTarget?", TypeOf("StrictTarget"));
        Assert.Contains(Generated.Value.Result.Run.Results[0].GeneratedSources, s => s.SourceText.ToString().Contains("class WidgetSpecStrictTarget"));
    }

    [Fact]
    public void The_crds_own_rules_are_checked_where_a_core_type_would_have_dropped_them()
    {
        Assert.Equal(
            new[] { "spec.strictTarget.name: Required value" },
            Problems("  strictTarget: {apiVersion: v1, kind: Thing}"));
        Assert.Equal(
            new[] { "spec.strictTarget.name: Invalid value: \"Bad_Name\": should match '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'" },
            Problems("  strictTarget: {apiVersion: v1, kind: Thing, name: Bad_Name}"));
        Assert.Equal(
            new[] { "spec.strictTarget.apiVersion: Invalid value: \"\": should be at least 1 chars long" },
            Problems("  strictTarget: {apiVersion: '', kind: Thing, name: ok}"));
    }

    [Fact]
    public void A_required_field_of_a_core_type_stays_required_when_the_openapi_gives_it_a_zero_default()
    {
        // autoscaling/v2 CrossVersionObjectReference lists name and kind as required with default "" (a Go zero value).
        Assert.Equal(new[] { "spec.target.name: Required value" }, Problems("  target: {kind: Deployment}"));
        Assert.Empty(Problems("  target: {kind: Deployment, name: web}"));
    }
}
