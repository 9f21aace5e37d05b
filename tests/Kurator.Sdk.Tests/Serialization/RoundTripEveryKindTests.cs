using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Schema.Model;
using Kurator.Sdk.Serialization;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Serialization;

/// <summary>Every shipped kind: a sample built from its schema loads strictly, and YAML and JSON output equal the input field for field.</summary>
public class RoundTripEveryKindTests
{
    public static IEnumerable<object[]> Kinds()
    {
        var samples = SchemaSamples.Load(out var crds, out var core);
        foreach (var (file, crd) in crds)
        {
            foreach (var v in crd.Versions.Where(v => v.Served))
            {
                yield return new object[] { $"{crd.Group}/{v.Name} {crd.Kind}", samples.ForKind(v.Schema, crd.Group + "/" + v.Name, crd.Kind, crd.Namespaced).ToJsonString() };
            }
        }

        foreach (var set in core)
        {
            foreach (var resource in set.Resources)
            {
                var def = set.Definitions.First(d => d.Value is DocMapping m && m.Get("x-kubernetes-group-version-kind") is DocSequence g && g.Items.Count == 1
                    && SchemaNodes.Text(g.Items[0], "kind") == resource.Kind && SchemaNodes.Text(g.Items[0], "version") == resource.Version && (SchemaNodes.Text(g.Items[0], "group") ?? string.Empty) == resource.Group);
                var apiVersion = resource.Group.Length == 0 ? resource.Version : resource.Group + "/" + resource.Version;
                yield return new object[] { $"{apiVersion} {resource.Kind}", samples.ForKind(def.Value, apiVersion, resource.Kind, resource.Namespaced).ToJsonString() };
            }
        }
    }

    [Fact]
    public void Every_shipped_kind_has_a_sample()
    {
        var kinds = Kinds().Select(k => (string)k[0]).ToList();
        var registered = Registry.All.Kinds.Where(k => k.IsResource).Select(k => $"{k.ApiVersion} {k.Kind}").ToList();
        Assert.Equal(registered.OrderBy(k => k), kinds.OrderBy(k => k));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Sample_round_trips_through_yaml_and_json(string kind, string json)
    {
        _ = Registry.All;
        var input = JsonNode.Parse(json)!;
        var loaded = KubeJson.Load(json, kind);
        Assert.True(loaded.Success, string.Join("\n", loaded.Errors));
        var resource = Assert.Single(loaded.Objects).Resource;

        Assert.True(JsonNode.DeepEquals(input, JsonNode.Parse(resource.ToJson())), kind + ": JSON output differs");

        var yaml = resource.ToYaml();
        var reloaded = KubeYaml.Load(yaml, kind);
        Assert.True(reloaded.Success, string.Join("\n", reloaded.Errors) + "\n" + yaml);
        Assert.True(JsonNode.DeepEquals(input, KubeJson.ToNode(reloaded.Objects[0].Resource)), kind + ": YAML round trip differs\n" + yaml);
    }
}
