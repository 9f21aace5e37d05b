using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.MultiSystem.Tests.Semantics;
using Kurator.Sdk.MultiSystem.Tests.Support;
using Xunit;

namespace Kurator.Sdk.MultiSystem.Tests;

/// <summary>
/// The delivery semantics the equivalence tests rely on notice a wrong rendering: one change to a target's output that
/// the system would act on changes what a cluster receives.
/// </summary>
public class SemanticsSensitivityTests
{
    [Theory]
    [InlineData("direct")]
    [InlineData("kurator")]
    [InlineData("karmada")]
    [InlineData("ocm")]
    [InlineData("kubevela")]
    public async Task A_broken_rendering_changes_the_delivered_objects(string target)
    {
        using var output = await SynthOutput.RunAsync(SampleApp.Create(), target);
        Assert.Equal(ExpectedObjects.ForSample().Canonical(), Systems.Deliver(target, output).Canonical());

        Break(target, output);

        Assert.NotEqual(ExpectedObjects.ForSample().Canonical(), Systems.Deliver(target, output).Canonical());
    }

    private static void Break(string target, SynthOutput output)
    {
        switch (target)
        {
            case "direct":
                output.File("aws-1/deployment_web_web.yaml")["spec"]!["replicas"] = 3;
                break;
            case "kurator":
                // The aws sync policy loses its patch.
                var app = output.File("host/application_default_multisystem.yaml");
                app["spec"]!["syncPolicies"]![0]!["kustomization"]!.AsObject().Remove("patches");
                break;
            case "karmada":
                // The huawei rule targets aliyun instead.
                var policy = output.File("host/overridepolicy_web_multisystem-deployment-web.yaml");
                policy["spec"]!["overrideRules"]![0]!["targetCluster"]!["clusterNames"] = new JsonArray("aliyun-1");
                break;
            case "ocm":
                var work = output.File("host/manifestwork_huawei-1_multisystem.yaml");
                work["spec"]!["workload"]!["manifests"]!.AsArray().RemoveAt(2);
                break;
            case "kubevela":
                // The aws deploy step forgets its override policy.
                var vela = output.File("host/application_default_multisystem.yaml");
                var step = vela["spec"]!["workflow"]!["steps"]![0]!["subSteps"]!.AsArray().OfType<JsonObject>().Single(s => ((string)s["name"]!).Contains("aws-1"));
                step["properties"]!["policies"]!.AsArray().RemoveAt(1);
                break;
        }
    }
}
