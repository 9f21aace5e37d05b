using System.Text.Json.Nodes;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Serialization;
using Xunit;

namespace Kurator.Sdk.Tests.Support;

/// <summary>Field-for-field comparison of YAML/JSON documents (order of mapping keys does not matter).</summary>
public static class JsonAssert
{
    public static JsonNode? Yaml(string yaml)
    {
        var docs = YamlDocReader.ParseAll(yaml, "<test>");
        Assert.Single(docs);
        return DocJson.ToNode(docs[0]);
    }

    public static void SameYaml(string expected, string actual)
    {
        var e = Yaml(expected);
        var a = Yaml(actual);
        Assert.True(JsonNode.DeepEquals(e, a), $"documents differ.\nexpected:\n{expected}\nactual:\n{actual}");
    }
}
