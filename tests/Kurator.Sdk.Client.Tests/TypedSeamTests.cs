using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Client.Typed;
using Xunit;

namespace Kurator.Sdk.Client.Tests;

/// <summary>The typed seam: a model with its converter goes through apply/get/list unchanged.</summary>
public sealed class TypedSeamTests : IClassFixture<ClientFixture>
{
    private readonly ClientFixture _fx;
    public TypedSeamTests(ClientFixture fx) => _fx = fx;

    private sealed record Settings(string Name, string Color);

    private sealed class SettingsConverter : IObjectConverter<Settings>
    {
        public string ApiVersion => "v1";
        public string Kind => "ConfigMap";
        public JsonObject ToJson(Settings value) => Objects.ConfigMap(value.Name, data: ("color", value.Color));
        public Settings FromJson(JsonObject json) => new((string)json["metadata"]!["name"]!, (string)json["data"]!["color"]!);
    }

    [Fact]
    public async Task Typed_apply_get_list_round_trip()
    {
        var converter = new SettingsConverter();
        var applied = await _fx.Client.ApplyAsync(new Settings("typed-1", "blue"), converter);
        Assert.Equal(new Settings("typed-1", "blue"), applied);
        Assert.Equal(applied, await _fx.Client.GetAsync(converter, "typed-1"));
        var listed = await _fx.Client.ListAsync(converter, "default", new ListOptions { FieldSelector = "metadata.name=typed-1" });
        Assert.Equal(applied, listed.Single());
        Assert.Contains(_fx.Cluster.Requests, r => r.Protocol == "HTTP/2" && r.UserAgent.StartsWith("kurator-sdk/") && r.PathAndQuery.Contains("typed-1"));
    }

    [Fact]
    public async Task Apply_over_fields_of_an_update_manager_conflict_names_it_with_its_api_version()
    {
        await _fx.Client.CreateAsync(Objects.ConfigMap("updated-by-create", data: ("a", "1")), fieldManager: "legacy-tool");
        var ex = await Assert.ThrowsAsync<Errors.KubernetesConflictException>(() =>
            _fx.Client.ApplyAsync(Objects.ConfigMap("updated-by-create", data: ("a", "2")), new ApplyOptions { FieldManager = "gitops" }));
        Assert.Equal("Apply failed with 1 conflict: conflict with \"legacy-tool\" using v1: .data.a", ex.Message);
    }
}
