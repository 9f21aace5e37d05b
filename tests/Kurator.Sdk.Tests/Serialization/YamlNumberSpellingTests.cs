using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Kubernetes.Apps.V1;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Serialization;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Serialization;

/// <summary>
/// YAML spells numbers in ways JSON does not (+1, 0x1F, 0o17, 012, .5, 1.): read from YAML they must be written as
/// valid JSON (found by the fuzz test: `KubeJson.Serialize` threw on a quantity written +1).
/// </summary>
public class YamlNumberSpellingTests
{
    [Theory]
    [InlineData("+12", "12")]
    [InlineData("-12", "-12")]
    [InlineData("012", "12")]
    [InlineData("-007", "-7")]
    [InlineData("0", "0")]
    [InlineData("0x1F", "31")]
    [InlineData("0o17", "15")]
    [InlineData(".5", "0.5")]
    [InlineData("+.5e3", "0.5e3")]
    [InlineData("1.", "1")]
    [InlineData("01.50", "1.50")]
    [InlineData("1E+09", "1E+09")]
    [InlineData("99999999999999999999", "99999999999999999999")]
    public void Yaml_numbers_get_their_json_spelling(string yaml, string json)
    {
        Assert.Equal(json, NumberSyntax.ToJson(yaml));
        Assert.NotNull(JsonNode.Parse(json));
    }

    [Theory]
    [InlineData(".inf")]
    [InlineData(".nan")]
    [InlineData("1Gi")]
    [InlineData("+")]
    [InlineData("0x")]
    public void Non_numbers_have_no_json_spelling(string yaml) => Assert.Null(NumberSyntax.ToJson(yaml));

    [Fact]
    public void Quantities_written_as_yaml_numbers_serialize_to_valid_json()
    {
        var yaml = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: default}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                  - name: web
                    image: nginx
                    resources:
                      limits: {nvidia.com/gpu: +1, cpu: 0x2, memory: 012}
            """;

        var loaded = KubeYaml.Load(yaml, "d.yaml", registry: Registry.All);

        Assert.Empty(loaded.Errors);
        var json = JsonNode.Parse(KubeJson.Serialize(loaded.Objects.Single().Resource))!;
        var limits = json["spec"]!["template"]!["spec"]!["containers"]![0]!["resources"]!["limits"]!;
        Assert.Equal("{\"nvidia.com/gpu\":1,\"cpu\":2,\"memory\":12}", limits.ToJsonString());
        Assert.Empty(((Deployment)loaded.Objects.Single().Resource).Validate());
    }

    [Fact]
    public void Yaml_number_spellings_become_json_numbers_for_the_policy_check()
    {
        var doc = YamlDocReader.ParseAll("a: +1\nb: 0x10\nc: .5\nd: 012.0\n", "n.yaml").Single();

        Assert.Equal("{\"a\":1,\"b\":16,\"c\":0.5,\"d\":12.0}", DocJson.ToNode(doc)!.ToJsonString());
    }
}
