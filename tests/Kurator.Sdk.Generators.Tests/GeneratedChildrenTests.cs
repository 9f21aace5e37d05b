using System.Linq;
using Kurator.Sdk.Serialization;
using Xunit;

namespace Kurator.Sdk.Generators.Tests;

/// <summary>
/// Objects nested in objects, lists and maps, and lists and maps of strings, which generated code reads, writes and
/// validates through one runtime call per property: paths, order and output are those of the expanded code.
/// </summary>
public class GeneratedChildrenTests
{
    private const string Gadgets = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: {name: gadgets.example.com}
        spec:
          group: example.com
          names: {kind: Gadget, plural: gadgets}
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
                    properties:
                      part:
                        type: object
                        required: [name]
                        properties:
                          name: {type: string}
                          size: {type: integer}
                      parts:
                        type: array
                        items:
                          type: object
                          required: [name]
                          properties:
                            name: {type: string}
                            ratio: {type: number}
                            enabled: {type: boolean}
                      partsByKey:
                        type: object
                        additionalProperties:
                          type: object
                          required: [name]
                          properties:
                            name: {type: string}
                      tags: {type: array, items: {type: string}}
                      labels: {type: object, additionalProperties: {type: string}}
        """;

    private static readonly System.Lazy<KubeTypeRegistry> Registry = new(() =>
        new GeneratorHarness().CoreReferences().File("/crds/gadgets.example.com.yaml", Gadgets).Run().Load());

    private static LoadResult Load(string spec) =>
        KubeYaml.Load("apiVersion: example.com/v1\nkind: Gadget\nmetadata:\n  name: g\nspec:\n" + spec, "g.yaml", registry: Registry.Value);

    [Fact]
    public void Nested_objects_in_objects_lists_and_maps_are_validated_under_their_paths()
    {
        var loaded = Load("  part: {size: 1}\n  parts:\n  - name: a\n  - ratio: 0.5\n  partsByKey:\n    x: {name: b}\n    y: {}\n");
        Assert.Empty(loaded.Errors);
        var problems = loaded.Objects.Concat(loaded.Partial).SelectMany(o => o.Validate()).Select(e => e.ToString()).ToArray();
        Assert.Equal(
            new[] { "spec.part.name: Required value", "spec.parts[1].name: Required value", "spec.partsByKey.y.name: Required value" },
            problems);
    }

    [Fact]
    public void Every_property_shape_written_by_one_call_round_trips_in_order()
    {
        const string spec = "  part:\n    name: p\n    size: 3\n  parts:\n  - name: a\n    ratio: 0.5\n    enabled: true\n  - name: b\n"
            + "  partsByKey:\n    x:\n      name: c\n  tags:\n  - one\n  - two\n  labels:\n    k: v\n";
        var loaded = Load(spec);
        Assert.Empty(loaded.Errors);
        var yaml = KubeYaml.Serialize(loaded.Objects.Single().Resource);
        Assert.Equal("apiVersion: example.com/v1\nkind: Gadget\nmetadata:\n  name: g\nspec:\n" + spec, yaml.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Unset_properties_are_not_written()
    {
        var loaded = Load("  parts: []\n");
        Assert.Empty(loaded.Errors);
        Assert.Equal("apiVersion: example.com/v1\nkind: Gadget\nmetadata:\n  name: g\nspec:\n  parts: []\n", KubeYaml.Serialize(loaded.Objects.Single().Resource).Replace("\r\n", "\n"));
    }
}
