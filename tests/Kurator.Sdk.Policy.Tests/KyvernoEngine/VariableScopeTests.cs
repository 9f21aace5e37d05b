using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Kyverno;
using Kurator.Sdk.Policy.Kyverno.Jmes;
using Kurator.Sdk.Policy.Kyverno.Variables;

namespace Kurator.Sdk.Policy.Tests.KyvernoEngine;

/// <summary>
/// The variables' data borrows the object and the supplied values: nothing is copied to evaluate, the object is never
/// changed, and a value attached into a substituted condition is a copy of its own.
/// </summary>
public class VariableScopeTests
{
    private const string Pod = Kyv.Pod;

    [Fact]
    public void Queries_read_the_objects_own_nodes()
    {
        var resource = Kyv.Yaml(Pod);
        var scope = new VariableScope(resource, "CREATE");
        var containers = JmesQuery.Parse("request.object.spec.containers").Evaluate(scope);
        Assert.Same(resource["spec"]!["containers"], containers.Node);
        Assert.Same(resource["spec"]!["containers"]![0], VariableScope.ElementNode(containers.Item(0)));
        Assert.Equal("CREATE", JmesQuery.Parse("request.operation").Evaluate(scope).AsString());
        Assert.Equal(0, JmesQuery.Parse("request.userInfo").Evaluate(scope).Count);
    }

    [Fact]
    public void A_single_variable_in_a_nested_value_is_a_copy_the_condition_can_own()
    {
        var resource = Kyv.Yaml(Pod);
        var scope = new VariableScope(resource, "CREATE");
        var tree = VariableTree.Compile(JsonNode.Parse("""{"labels": "{{ request.object.metadata.labels }}", "list": ["{{ request.object.spec.containers[0] }}"]}"""), "value");
        var resolved = (JsonObject)tree.Resolve(scope)!;
        Assert.NotSame(resource["metadata"]!["labels"], resolved["labels"]);
        Assert.True(JsonNode.DeepEquals(resource["metadata"]!["labels"], resolved["labels"]));
        Assert.True(JsonNode.DeepEquals(resource["spec"]!["containers"]![0], resolved["list"]![0]));
        Assert.Equal(Kyv.Yaml(Pod).ToJsonString(), resource.ToJsonString());
    }

    [Fact]
    public void Values_at_paths_inside_the_object_shadow_it_without_changing_it()
    {
        var resource = Kyv.Yaml(Pod);
        var values = new Dictionary<string, JsonNode?>
        {
            ["request.object.metadata.name"] = JsonValue.Create("other"),
            ["settings.data.tier"] = JsonValue.Create("gold"),
        };
        var scope = new VariableScope(resource, "CREATE", values);
        Assert.Equal("other", JmesQuery.Parse("request.object.metadata.name").Evaluate(scope).AsString());
        Assert.Equal("apps", JmesQuery.Parse("request.object.metadata.namespace").Evaluate(scope).AsString());
        Assert.Equal("gold", JmesQuery.Parse("settings.data.tier").Evaluate(scope).AsString());
        Assert.Equal("web", resource["metadata"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Foreach_elements_are_set_and_restored_on_the_root()
    {
        var scope = new VariableScope(Kyv.Yaml(Pod), "CREATE");
        var containers = JmesQuery.Parse("request.object.spec.containers").Evaluate(scope);
        var outer = scope.Enter(containers.Item(0), 0);
        var inner = scope.Enter(JmesValue.String("x"), 5);
        Assert.Equal("x 5", JmesJson.Text(JmesQuery.Parse("element").Evaluate(scope)) + " " + JmesJson.Text(JmesQuery.Parse("elementIndex").Evaluate(scope)));
        scope.Leave(inner);
        Assert.Equal("c1", JmesQuery.Parse("element.name").Evaluate(scope).AsString());
        scope.Leave(outer);
        Assert.Throws<VariableException>(() => JmesQuery.Parse("element.name").Evaluate(scope));
    }

    [Fact]
    public void Messages_print_strings_as_they_are_and_other_values_as_compact_json()
    {
        var scope = new VariableScope(Kyv.Yaml(Pod), "CREATE");
        var text = VariableText.Parse("{{ request.object.metadata.name }} {{ request.object.metadata.labels }} {{ length(request.object.spec.containers) }} {{ request.object.missing }}");
        Assert.Equal("web {\"app\":\"web\",\"tier\":\"front\"} 2 null", text.ResolveText(scope));
        Assert.Equal(["r=Fail"], Kyv.Outcomes(Kyv.Load(Kyv.Policy("""
                - name: r
                  match: {any: [{resources: {kinds: [Pod]}}]}
                  validate:
                    deny:
                      conditions:
                        all:
                        - key: "{{ request.object.metadata.labels }}"
                          operator: Equals
                          value: {app: web, tier: front}
            """)), Pod).ToList());
    }

    [Fact]
    public void A_number_alone_is_handed_over_as_a_long_or_a_double_as_before()
    {
        var resource = (JsonObject)JsonNode.Parse("""{"a": 1.0, "b": 7, "c": 2.5, "d": [1.0]}""")!;
        var scope = new VariableScope(resource, "CREATE");
        string Resolved(string text) => VariableText.Parse(text).Resolve(scope, detached: false)!.ToJsonString();
        Assert.Equal(["1", "7", "2.5", "[1.0]"], new[] { "{{ request.object.a }}", "{{ request.object.b }}", "{{ request.object.c }}", "{{ request.object.d }}" }.Select(Resolved));
        Assert.Equal("1.0 7", VariableText.Parse("{{ request.object.a }} {{ request.object.b }}").ResolveText(scope));
    }
}
