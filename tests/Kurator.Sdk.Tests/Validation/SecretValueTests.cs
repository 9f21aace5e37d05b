using System.IO;
using System.Linq;
using Kurator.Sdk.Cli.Commands;
using Kurator.Sdk.Serialization;
using Kurator.Sdk.Tests.Support;
using Kurator.Sdk.Validation;
using Xunit;

namespace Kurator.Sdk.Tests.Validation;

/// <summary>No Secret value (data or stringData; string, integer, number, boolean or base64) appears in any load or validation message.</summary>
public class SecretValueTests
{
    private const string Secret = "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n";

    // Every message loading and validating the YAML produces.
    private static string[] Messages(string yaml)
    {
        var loaded = KubeYaml.Load(yaml, "secret.yaml", registry: Registry.All);
        var validated = loaded.Objects.Concat(loaded.Partial).SelectMany(o => o.Validate()).Select(e => e.ToString());
        return loaded.Errors.Select(e => e.ToString()).Concat(validated).ToArray();
    }

    [Theory]
    [InlineData("stringData: {pin: 987654321}", "secret.yaml:4: stringData.pin: expected a string, got an integer")]
    [InlineData("stringData: {pin: 9876.54321}", "secret.yaml:4: stringData.pin: expected a string, got a number")]
    [InlineData("stringData: {pin: true}", "secret.yaml:4: stringData.pin: expected a string, got a boolean")]
    [InlineData("stringData: {pin: [987654321]}", "secret.yaml:4: stringData.pin: expected a string, got a list")]
    [InlineData("stringData: 987654321", "secret.yaml:4: stringData: expected an object, got an integer")]
    [InlineData("data: {pin: 987654321}", "secret.yaml:4: data.pin: expected a string, got an integer")]
    [InlineData("data: {pin: false}", "secret.yaml:4: data.pin: expected a string, got a boolean")]
    [InlineData("data: {pin: '987654321!'}", "secret.yaml:4: data.pin: expected base64-encoded data")]
    [InlineData("data: 987654321", "secret.yaml:4: data: expected an object, got an integer")]
    public void Load_errors_say_what_is_wrong_without_the_value(string field, string expected)
    {
        var messages = Messages(Secret + field);
        Assert.Equal(new[] { expected }, messages);
        Assert.DoesNotContain(messages, m => m.Contains("987654321") || m.Contains("9876.54321") || m.Contains("true") || m.Contains("false"));
    }

    // Base64 is decoded without an exception deciding validity; what Convert.FromBase64String accepts (padding, spaces
    // and line breaks inside the text, empty text) still decodes to the same bytes.
    [Theory]
    [InlineData("dHJ1ZQ==")]
    [InlineData("aGVs bG8=")]
    [InlineData("aGVs\\nbG8h")]
    [InlineData("")]
    public void Base64_data_decodes_as_the_framework_decodes_it(string base64)
    {
        var loaded = KubeYaml.Load(Secret + "data: {key: \"" + base64 + "\"}", "secret.yaml", registry: Registry.All);
        Assert.Empty(loaded.Errors);
        var secret = Assert.IsType<global::Kurator.Sdk.Kubernetes.Core.V1.Secret>(loaded.Objects.Single().Resource);
        Assert.Equal(System.Convert.FromBase64String(base64.Replace("\\n", "\n")), secret.Data!["key"]);
    }

    [Fact]
    public void Values_outside_data_and_stringData_and_in_other_kinds_are_still_shown()
    {
        Assert.Contains(Messages(Secret + "type: 987654321"), m => m.EndsWith("type: expected a string, got the integer 987654321"));
        Assert.Contains(
            Messages("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {pin: 987654321}"),
            m => m.EndsWith("data.pin: expected a string, got the integer 987654321"));
    }

    [Fact]
    public void Validate_validate_command_and_apply_inputs_never_print_the_value()
    {
        var dir = Directory.CreateTempSubdirectory("kurator-secret-");
        try
        {
            var file = Path.Combine(dir.FullName, "secret.yaml");
            File.WriteAllText(file, Secret + "stringData: {pin: 987654321, ok: fine}\ndata: {key: dHJ1ZQ==, flag: true}\n");
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.Equal(1, ValidateCommand.Run(new[] { file }, loose: false, output, error));
            var printed = output.ToString() + error.ToString();
            Assert.Contains("stringData.pin: expected a string, got an integer", printed);
            Assert.Contains("data.flag: expected a string, got a boolean", printed);
            Assert.DoesNotContain("987654321", printed);
            Assert.DoesNotContain("dHJ1ZQ==", printed);
            Assert.DoesNotContain("true", printed);

            // apply and diff read their inputs through ManifestInputs.
            var inputs = global::Kurator.Sdk.Cli.Fleet.ManifestInputs.Load(new[] { file }, TextReader.Null);
            Assert.NotEmpty(inputs.Problems);
            Assert.All(inputs.Problems, p => Assert.DoesNotContain("987654321", p));
            Assert.All(inputs.Problems, p => Assert.DoesNotContain("true", p));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Every_validation_message_hides_a_value_under_a_secrets_data()
    {
        const string value = "987654321-secret";
        var context = new ValidationContext(hidesSecretValues: true, System.Array.Empty<string>());
        context.Enter("stringData");
        context.Enter("pin");
        context.Pattern(value, "^[a-z]+$");
        context.Length(value, 40, 5);
        context.Enum(value, new[] { "a", "b" });
        context.Range(987654321, "0", "10", false, false);
        context.Range(-987654321, "0", "10", false, false);
        context.Enum(987654321, new[] { "1", "2" });
        context.Quantity(Quantity.Parse(value));
        context.Duration(Duration.Parse(value));
        context.Exit();
        context.UniqueItems(new[] { value, value });
        context.Exit();
        context.Complete();

        var messages = context.Errors.Select(e => e.ToString()).ToArray();
        Assert.Equal(10, messages.Length);
        Assert.All(messages, m => Assert.DoesNotContain("987654321", m));
        Assert.Contains("stringData.pin: Invalid value: (secret value hidden): should match '^[a-z]+$'", messages);
        Assert.Contains("stringData.pin: Unsupported value: (secret value hidden): supported values: \"1\", \"2\"", messages);
        Assert.Contains("stringData[1]: Duplicate value: (secret value hidden)", messages);
    }

    [Fact]
    public void Cel_messages_about_a_secrets_data_never_carry_the_value()
    {
        const string value = "987654321-secret";
        var context = new ValidationContext(hidesSecretValues: true, System.Array.Empty<string>());
        context.Enter("stringData");
        context.Cel(
            new[] { new CelRuleSpec("self.pin == 'x'", null, null, null), new CelRuleSpec("size(self.pin) < 3", "pin is too long", ".pin", null) },
            new System.Collections.Generic.Dictionary<string, string> { ["pin"] = value });
        context.Exit();
        context.Complete();
        Assert.Equal(
            new[] { "stringData: Invalid value: failed rule: self.pin == 'x'", "stringData.pin: Invalid value: pin is too long" },
            context.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void The_same_messages_show_values_outside_a_secret()
    {
        var context = new ValidationContext();
        context.Enter("data");
        context.Pattern("987654321", "^[a-z]+$");
        context.Exit();
        Assert.Equal("data: Invalid value: \"987654321\": should match '^[a-z]+$'", Assert.Single(context.Errors).ToString());
    }
}
