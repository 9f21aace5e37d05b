using System.Linq;
using Kurator.Sdk.Flux.Source.V1;
using Kurator.Sdk.Kubernetes.Apps.V1;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Serialization;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Validation;

/// <summary>Validate() checks the schema facts and reports field paths in the API server's wording.</summary>
public class ValidationTests
{
    private static string[] Errors(KubeResource resource) => resource.Validate().Select(e => e.ToString()).ToArray();

    [Fact]
    public void Pattern_violation_names_the_pattern()
    {
        var repo = new GitRepository("podinfo") { Spec = new() { Url = "https://example.com/x.git", Interval = "5 minutes" } };
        var error = Assert.Single(Errors(repo));
        Assert.StartsWith("spec.interval: Invalid value: \"5 minutes\"", error);
    }

    [Fact]
    public void Required_fields_missing_after_loading_are_reported()
    {
        var loaded = KubeYaml.Load("apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata: {name: g}\nspec: {}\n", "g.yaml", registry: Registry.All);
        var repo = Assert.Single(loaded.Objects).Resource;
        // GitRepository's spec has a CEL rule: like the API server, it is left unchecked while required fields are missing.
        Assert.Equal(new[] { "spec.interval: Required value", "spec.url: Required value", global::Kurator.Sdk.Validation.ValidationContext.RulesNotChecked }, Errors(repo));
    }

    [Fact]
    public void Bounds_and_lengths_are_checked()
    {
        var pod = new Pod("p")
        {
            Spec = new()
            {
                Containers = [new() { Name = "c", Ports = [new() { ContainerPortValue = 8080, Name = "this-port-name-is-too-long" }] }],
            },
        };
        var repo = new GitRepository("g") { Spec = new() { Url = "https://x", Interval = "1m", Timeout = "bad" } };
        Assert.Contains(Errors(repo), e => e.StartsWith("spec.timeout: Invalid value: \"bad\""));
        Assert.Empty(Errors(pod));
    }

    [Fact]
    public void List_map_keys_must_be_unique()
    {
        var deployment = new Deployment("d")
        {
            Spec = new()
            {
                Selector = new(),
                Template = new() { Spec = new() { Containers = [new() { Name = "same" }, new() { Name = "same" }] } },
            },
        };
        Assert.Contains(Errors(deployment), e => e.StartsWith("spec.template.spec.containers[1]: Duplicate value"));
    }

    [Fact]
    public void Quantity_syntax_is_checked()
    {
        var pod = new Pod("p") { Spec = new() { Containers = [new() { Name = "c", Resources = new() { Limits = new() { ["cpu"] = "two cores" } } }] } };
        Assert.Contains(Errors(pod), e => e.StartsWith("spec.containers[0].resources.limits[\"cpu\"]") || e.StartsWith("spec.containers[0].resources.limits.cpu"));
    }
}
