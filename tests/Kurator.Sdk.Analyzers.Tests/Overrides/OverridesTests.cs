using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.Overrides;
using Kurator.Sdk.Analyzers.Tests.Verification;

namespace Kurator.Sdk.Analyzers.Tests.Overrides;

public class OverridesTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Kurator.Sdk.Fleet;
        using Kurator.Sdk.Fleet.Overrides;
        using Kurator.Sdk.Json;
        using Kurator.Sdk.Kubernetes.Apps.V1;
        using Kurator.Sdk.Kubernetes.Core.V1;
        using Kurator.Sdk.Kurator.Cluster.V1Alpha1;

        """;

    private const string Clusters = """
        using Kurator.Sdk.Kurator.Cluster.V1Alpha1;
        class Clusters
        {
            AttachedCluster Aws() => new AttachedCluster("aws-1", "default") { Metadata = { Labels = new() { ["provider"] = "aws" } } };
            AttachedCluster Huawei() => new AttachedCluster("huawei-1", "default") { Metadata = { Labels = new() { ["provider"] = "huawei", ["region"] = "cn-north-4" } } };
        }
        """;

    [Fact]
    public async Task Selectors_naming_labels_the_clusters_have_pass()
    {
        await new AnalyzerVerifier<OverridesAnalyzer>().WithSource(Usings + """
                class C
                {
                    Deployment M(Deployment web) => web
                        .Override(c => c.Labels["provider"] == "aws", (Deployment d) => d.Spec!.Replicas = 5)
                        .Override(ClusterSelector.Labelled("provider", "huawei"), o => o.Image(registry: "swr.example.com"))
                        .Override(c => c.Labels.ContainsKey("region"), o => o.Env("REGION", "cn"));
                }
                """)
            .WithSource(Clusters)
            .VerifyAsync();
    }

    [Fact]
    public async Task A_label_key_or_value_no_cluster_has_is_reported()
    {
        var diagnostics = await new AnalyzerVerifier<OverridesAnalyzer>().WithSource(Usings + """
                class C
                {
                    Deployment M(Deployment web) => web
                        .Override(c => {|KSDK3007:c.Labels["provder"] == "aws"|}, (Deployment d) => d.Spec!.Replicas = 5)
                        .Override({|KSDK3007:ClusterSelector.Labelled("provider", "azure")|}, o => o.Replicas(2))
                        .Override(c => {|KSDK3007:c.Labels.ContainsKey("zone")|}, o => o.Replicas(1));
                }
                """)
            .WithSource(Clusters)
            .VerifyAsync();
        Assert.Contains(
            "Override selects clusters labelled 'provider=azure', but no cluster defined in this project has that label (defined: provider=aws, provider=huawei, region=cn-north-4)",
            diagnostics.Select(d => d.GetMessage()));
    }

    [Fact]
    public async Task Label_values_computed_at_run_time_only_have_their_key_checked()
    {
        await new AnalyzerVerifier<OverridesAnalyzer>().WithSource(Usings + """
                class C
                {
                    static AttachedCluster Member(string name, string provider) => new AttachedCluster(name, "default") { Metadata = { Labels = new() { ["provider"] = provider } } };
                    Deployment M(Deployment web) => web
                        .Override(c => c.Labels["provider"] == "anything", o => o.Replicas(2))
                        .Override({|KSDK3007:ClusterSelector.Labelled("cloud", "aws")|}, o => o.Replicas(2));
                }
                """)
            .VerifyAsync();
    }

    [Fact]
    public async Task Selectors_are_not_judged_when_no_cluster_is_defined_or_some_labels_cannot_be_seen()
    {
        await new AnalyzerVerifier<OverridesAnalyzer>().WithSource(Usings + """
                class C
                {
                    Deployment M(Deployment web) => web.Override(ClusterSelector.Labelled("provider", "azure"), o => o.Replicas(2));
                }
                """)
            .VerifyAsync();
        await new AnalyzerVerifier<OverridesAnalyzer>().WithSource(Usings + """
                class C
                {
                    AttachedCluster Other(Dictionary<string, string> labels) => new AttachedCluster("x", "default") { Metadata = { Labels = labels } };
                    Deployment M(Deployment web) => web.Override(ClusterSelector.Labelled("provider", "azure"), o => o.Replicas(2));
                }
                """)
            .WithSource(Clusters)
            .VerifyAsync();
    }

    [Fact]
    public async Task Patch_paths_and_helpers_the_workload_type_has_pass()
    {
        await new AnalyzerVerifier<OverridesAnalyzer>().WithSource(Usings + """
                class C
                {
                    Deployment M(Deployment web) => web.Override(ClusterSelector.Named("aws-1"), o => o
                        .Replicas(5)
                        .Image(tag: "1.25.1")
                        .Resources(limits: new Dictionary<string, string> { ["memory"] = "256Mi" })
                        .Patch(
                            JsonPatchOperation.Replace("/spec/template/spec/containers/0/image", "nginx:1.26"),
                            JsonPatchOperation.Add("/spec/template/spec/containers/-", null),
                            JsonPatchOperation.Add("/metadata/labels/tier", "web"),
                            JsonPatchOperation.Add("/spec/template/spec/containers/0/resources/limits/cpu", "1"),
                            JsonPatchOperation.Remove("/spec/strategy"),
                            JsonPatchOperation.Move("/metadata/annotations/a", "/metadata/annotations/b")));
                }
                """)
            .VerifyAsync();
    }

    [Fact]
    public async Task Patch_paths_and_helpers_naming_fields_the_workload_type_lacks_are_reported()
    {
        var diagnostics = await new AnalyzerVerifier<OverridesAnalyzer>().WithSource(Usings + """
                class C
                {
                    Deployment Web(Deployment web) => web.Override(ClusterSelector.Named("aws-1"), o => o.Patch(
                        JsonPatchOperation.Replace({|KSDK3008:"/spec/replica"|}, 5),
                        JsonPatchOperation.Replace({|KSDK3008:"/spec/template/spec/containers/first/image"|}, "x"),
                        JsonPatchOperation.Add({|KSDK3008:"/spec/replicas/value"|}, 1)));
                    Service Svc(Service svc) => svc.Override(ClusterSelector.Named("aws-1"), o => {|KSDK3008:o.Replicas(2)|});
                    ConfigMap Cm(ConfigMap cm) => cm.Override(ClusterSelector.Named("aws-1"), o => {|KSDK3008:o.Env("A", "b")|});
                }
                """)
            .VerifyAsync();
        Assert.Equal(
            [
                "Override of Deployment changes '/spec/replica', which Deployment does not have: /spec has no field 'replica'",
                "Override of Deployment changes '/spec/template/spec/containers/first/image', which Deployment does not have: /spec/template/spec/containers is a list, so 'first' is not an index",
                "Override of Deployment changes '/spec/replicas/value', which Deployment does not have: /spec/replicas is a value, it has no field 'value'",
                "Override of Service changes '/spec/replicas', which Service does not have: /spec has no field 'replicas'",
                "Override of ConfigMap changes 'containers', which ConfigMap does not have: ConfigMap has no pod template",
            ],
            diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage()));
    }
}
