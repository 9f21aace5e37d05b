using Kurator.Sdk.Client.KubeConfig;
using Xunit;

namespace Kurator.Sdk.Client.Tests;

/// <summary>
/// The kubeconfig reader types scalars with the SDK's one core-schema routine. It used to keep hex, octal and every
/// float as text (<c>0x1F</c> was the string "0x1F" here and the integer 31 in the schema reader).
/// </summary>
public class KubeConfigScalarTests
{
    [Fact]
    public void Kubeconfig_yaml_scalars_follow_the_core_schema()
    {
        var node = YamlToJson.Parse("a: 0x1F\nb: 0o17\nc: 1.5\nd: .inf\ne: yes\nf: 012\ng: -0x1F\nh: \"0x1F\"\n", "cfg");

        Assert.Equal("""{"a":31,"b":15,"c":1.5,"d":".inf","e":"yes","f":12,"g":"-0x1F","h":"0x1F"}""", node!.ToJsonString());
    }

    [Fact]
    public void A_yaml_1_1_yes_does_not_turn_tls_verification_off()
    {
        // kubectl (go-yaml v2, YAML 1.1) reads `yes` as true; the core schema keeps it a string, and the client only
        // skips verification on a real true: the stricter reading fails closed.
        var config = KubeConfigParser.Parse("""
            clusters:
            - name: c
              cluster: {server: "https://127.0.0.1:6443", insecure-skip-tls-verify: yes}
            """, null);

        Assert.False(config.Clusters["c"].InsecureSkipTlsVerify);
    }
}
