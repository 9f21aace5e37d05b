using System.Linq;
using System.Text;
using Kurator.Sdk.Client.KubeConfig;
using Xunit;

namespace Kurator.Sdk.Client.Tests;

/// <summary>A hostile kubeconfig (alias bomb, deep nesting) fails with its line, through the shared document limits.</summary>
public sealed class KubeConfigLimitsTests
{
    [Fact]
    public void An_alias_bomb_fails_with_its_line()
    {
        var sb = new StringBuilder("apiVersion: v1\nkind: Config\npreferences:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 6; i++)
        {
            sb.Append($"  a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))).Append("]\n");
        }

        var ex = Assert.Throws<KubeConfigException>(() => KubeConfigParser.Parse(sb.ToString(), "bomb.kubeconfig"));
        Assert.StartsWith("error loading config file \"bomb.kubeconfig\": line ", ex.Message);
        Assert.Contains("excessive aliasing", ex.Message);
    }

    [Fact]
    public void Deep_nesting_fails_with_a_clear_error()
    {
        var text = "apiVersion: v1\nkind: Config\npreferences: " + new string('[', 20_000) + new string(']', 20_000) + "\n";
        var ex = Assert.Throws<KubeConfigException>(() => KubeConfigParser.Parse(text, "deep.kubeconfig"));
        Assert.Equal("error loading config file \"deep.kubeconfig\": line 3: nesting deeper than 512 levels is not accepted", ex.Message);
    }

    [Fact]
    public void Anchors_shared_between_entries_still_work()
    {
        const string text = """
            apiVersion: v1
            kind: Config
            clusters:
            - name: a
              cluster: &c
                server: https://a.example:6443
                insecure-skip-tls-verify: true
            - name: b
              cluster: *c
            """;
        var file = KubeConfigParser.Parse(text, "shared.kubeconfig");
        Assert.Equal("https://a.example:6443", file.Clusters["b"].Server);
        Assert.True(file.Clusters["b"].InsecureSkipTlsVerify);
    }
}
