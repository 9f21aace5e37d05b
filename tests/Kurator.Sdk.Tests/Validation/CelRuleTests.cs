using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Serialization;
using Kurator.Sdk.Tests.Support;
using Kurator.Sdk.Validation.Cel;
using Xunit;

namespace Kurator.Sdk.Tests.Validation;

/// <summary>The CRDs' x-kubernetes-validations rules evaluated by Validate(): has(), mutual exclusion, exactly-one, uniqueness.</summary>
public class CelRuleTests
{
    private static string[] Errors(string yaml)
    {
        var loaded = KubeYaml.Load(yaml, "cel.yaml", registry: Registry.All);
        Assert.True(loaded.Success, string.Join("\n", loaded.Errors));
        return loaded.Objects[0].Resource.Validate().Select(e => e.ToString()).ToArray();
    }

    private const string HelmRelease = """
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata: {name: podinfo}
        spec:
          interval: 5m
        """;

    [Fact]
    public void Exactly_one_of_chart_and_chartRef()
    {
        const string chart = "\n  chart: {spec: {chart: podinfo, sourceRef: {kind: HelmRepository, name: repo}}}";
        const string chartRef = "\n  chartRef: {kind: OCIRepository, name: podinfo}";
        Assert.Contains(Errors(HelmRelease), e => e.StartsWith("spec: Invalid value: either chart or chartRef must be set"));
        Assert.Contains(Errors(HelmRelease + chart + chartRef), e => e.StartsWith("spec: Invalid value: either chart or chartRef must be set"));
        Assert.DoesNotContain(Errors(HelmRelease + chart), e => e.Contains("chartRef must be set"));
        Assert.DoesNotContain(Errors(HelmRelease + chartRef), e => e.Contains("chartRef must be set"));
    }

    [Fact]
    public void Mutually_exclusive_kubeconfig_sources()
    {
        var both = Errors(HelmRelease + "\n  chartRef: {kind: OCIRepository, name: p}\n  kubeConfig: {configMapRef: {name: a}, secretRef: {name: b}}");
        Assert.Contains(both, e => e.StartsWith("spec.kubeConfig: Invalid value:"));
        var one = Errors(HelmRelease + "\n  chartRef: {kind: OCIRepository, name: p}\n  kubeConfig: {secretRef: {name: b}}");
        Assert.DoesNotContain(one, e => e.StartsWith("spec.kubeConfig"));
    }

    [Fact]
    public void List_entries_must_have_unique_names()
    {
        const string config = """
            apiVersion: bootstrap.cluster.x-k8s.io/v1beta2
            kind: KubeadmConfig
            metadata: {name: k}
            spec:
              clusterConfiguration:
                apiServer:
                  extraArgs:
                  - {name: audit-log-path, value: /a}
                  - {name: audit-log-path, value: /b}
            """;
        Assert.Contains(Errors(config), e => e.StartsWith("spec.clusterConfiguration.apiServer.extraArgs: Invalid value:"));
        Assert.DoesNotContain(Errors(config.Replace("{name: audit-log-path, value: /b}", "{name: profiling, value: \"false\"}")), e => e.Contains("extraArgs"));
    }

    [Fact]
    public void Exactly_one_through_filter_and_size()
    {
        const string template = """
            apiVersion: bootstrap.cluster.x-k8s.io/v1beta2
            kind: KubeadmConfig
            metadata: {name: k}
            spec:
              diskSetup:
                partitions:
                - device: /dev/sda
            """;
        Assert.Contains(Errors(template + "\n      layout: true\n      diskLayout: [{percentage: 100}]"), e => e.StartsWith("spec.diskSetup.partitions[0]: Invalid value:"));
        Assert.DoesNotContain(Errors(template + "\n      layout: true"), e => e.StartsWith("spec.diskSetup.partitions[0]: Invalid value:"));
    }

    [Theory]
    [InlineData("has(self.a) && !has(self.b)", """{"a":1}""", true)]
    [InlineData("has(self.a) && !has(self.b)", """{"a":1,"b":2}""", false)]
    [InlineData("self.x in ['a', 'b']", """{"x":"b"}""", true)]
    [InlineData("!(self in ['Ready','Available'])", "\"Ready\"", false)]
    [InlineData("size(self.items) <= 2 && self.items.all(i, i > 0)", """{"items":[1,2]}""", true)]
    [InlineData("self.items.exists(i, i == 3)", """{"items":[1,2]}""", false)]
    [InlineData("self.type != 'CEL' || self.condition != \"\"", """{"type":"CEL","condition":""}""", false)]
    [InlineData("self.name.startsWith('v') && self.name.matches('^v[0-9]+$')", """{"name":"v12"}""", true)]
    [InlineData("self.missing == 1", "{}", false)]
    [InlineData("has(self.missing) ? self.missing == 1 : true", "{}", true)]
    public void Subset_semantics(string rule, string self, bool expected)
    {
        var program = CelProgram.Compile(rule);
        Assert.NotNull(program);
        Assert.Equal(expected, program!.Evaluate(JsonNode.Parse(self)));
    }

    [Theory]
    [InlineData("self.x == oldSelf.x")]
    [InlineData("quantity(self.q).isGreaterThan(quantity('1'))")]
    public void Rules_outside_the_subset_are_not_guessed(string rule)
    {
        var program = CelProgram.Compile(rule);
        Assert.True(program == null || program.UsesOldSelf);
    }
}
