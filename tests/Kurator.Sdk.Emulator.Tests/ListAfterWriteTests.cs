using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace Kurator.Sdk.Emulator.Tests;

/// <summary>A LIST writes stored objects from JSON it kept: a write must show in the next list, a delete leave it.</summary>
public sealed class ListAfterWriteTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string ConfigMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: listed\n  labels: {team: a}\ndata:\n  mode: {0}\n";

    private async Task<JsonArray> ListAsync(string selector) =>
        JsonNode.Parse(await fixture.Kubectl.OkAsync(null, "get", "configmaps", "-l", selector, "-o", "json", "--show-managed-fields"))!["items"]!.AsArray();

    [Fact]
    public async Task Every_write_shows_in_the_next_list_and_a_deleted_object_leaves_it()
    {
        await fixture.Kubectl.OkAsync(ConfigMap.Replace("{0}", "fast"), "apply", "--server-side", "-f", "-");
        var first = (await ListAsync("team=a")).Single()!;
        Assert.Equal("fast", (string?)first["data"]!["mode"]);
        Assert.Equal("v1", (string?)first["apiVersion"]);
        Assert.Equal("ConfigMap", (string?)first["kind"]);

        await fixture.Kubectl.OkAsync(ConfigMap.Replace("{0}", "slow"), "apply", "--server-side", "-f", "-");
        var second = (await ListAsync("team=a")).Single()!;
        Assert.Equal("slow", (string?)second["data"]!["mode"]);
        Assert.NotEqual((string?)first["metadata"]!["resourceVersion"], (string?)second["metadata"]!["resourceVersion"]);
        Assert.NotEmpty(second["metadata"]!["managedFields"]!.AsArray());

        await fixture.Kubectl.OkAsync(null, "label", "configmap", "listed", "team=b", "--overwrite");
        Assert.Empty(await ListAsync("team=a"));
        Assert.Equal("b", (string?)(await ListAsync("team=b")).Single()!["metadata"]!["labels"]!["team"]);

        await fixture.Kubectl.OkAsync(null, "delete", "configmap", "listed");
        Assert.Empty(await ListAsync("team=b"));
    }
}
