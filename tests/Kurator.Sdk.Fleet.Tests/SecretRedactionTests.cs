using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Apply;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>Server errors about a Secret never carry its values into the report, whatever their JSON type.</summary>
public class SecretRedactionTests
{
    private static readonly JsonObject Secret = JsonNode.Parse("""
        {"apiVersion":"v1","kind":"Secret","metadata":{"name":"s","namespace":"default"},
         "data":{"b64":"czNjcjN0LWJhc2U2NA=="},
         "stringData":{"text":"pa55word","pin":987654321,"flag":true}}
        """)!.AsObject();

    [Theory]
    [InlineData("data.b64: Invalid value: \"czNjcjN0LWJhc2U2NA==\": bad", "data.b64: Invalid value: \"<hidden>\": bad")]
    [InlineData("decoded s3cr3t-base64 is not allowed", "decoded <hidden> is not allowed")]
    [InlineData("stringData.text: Invalid value: \"pa55word\"", "stringData.text: Invalid value: \"<hidden>\"")]
    [InlineData("stringData.pin: expected a string, got the integer 987654321", "stringData.pin: expected a string, got the integer <hidden>")]
    [InlineData("stringData.flag: got true", "stringData.flag: got <hidden>")]
    public void Every_value_of_the_secret_is_hidden_in_an_error(string message, string expected) =>
        Assert.Equal(expected, SecretRedaction.Redact(message, Secret));

    [Fact]
    public void Errors_about_other_kinds_are_left_as_they_are()
    {
        var configMap = Secret.DeepClone().AsObject();
        configMap["kind"] = "ConfigMap";
        Assert.Equal("pa55word is shown", SecretRedaction.Redact("pa55word is shown", configMap));
    }
}
