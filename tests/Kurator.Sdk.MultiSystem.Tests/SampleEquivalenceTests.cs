using System.Threading.Tasks;
using Kurator.Sdk.MultiSystem.Tests.Semantics;
using Kurator.Sdk.MultiSystem.Tests.Support;
using Xunit;

namespace Kurator.Sdk.MultiSystem.Tests;

/// <summary>
/// Acceptance: from each target's synth output, the objects each cluster would receive (computed with that system's own
/// rules) are the same for all five targets and are what the sample asks for.
/// </summary>
public class SampleEquivalenceTests
{
    public static TheoryData<string> Targets() => new(Systems.Targets);

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Each_cluster_receives_the_expected_objects(string target)
    {
        using var output = await SynthOutput.RunAsync(SampleApp.Create(), target);
        var delivered = Systems.Deliver(target, output);
        Assert.Equal(["aliyun-1", "aws-1", "huawei-1"], delivered.Clusters);
        Assert.Equal(ExpectedObjects.ForSample().Canonical(), delivered.Canonical());
    }

    [Fact]
    public async Task All_five_targets_deliver_the_same_objects_as_the_sdk_computes_them()
    {
        var app = SampleApp.Create();
        var model = Deliveries.From(app.DeliveryModel().EffectiveObjects(), "DeliveryModel").Canonical();
        foreach (var target in Systems.Targets)
        {
            using var output = await SynthOutput.RunAsync(app, target);
            Assert.Equal(model, Systems.Deliver(target, output).Canonical());
        }
    }

    [Fact]
    public async Task The_aws_cluster_runs_5_replicas_and_huawei_pulls_from_its_registry_in_every_target()
    {
        foreach (var target in Systems.Targets)
        {
            using var output = await SynthOutput.RunAsync(SampleApp.Create(), target);
            var delivered = Systems.Deliver(target, output);
            var key = "apps/v1 Deployment web/web";
            Assert.Equal(5L, (long)delivered.Of("aws-1")[key]["spec"]!["replicas"]!);
            Assert.Equal(3L, (long)delivered.Of("huawei-1")[key]["spec"]!["replicas"]!);
            Assert.Equal(3L, (long)delivered.Of("aliyun-1")[key]["spec"]!["replicas"]!);
            Assert.Equal(ExpectedObjects.HuaweiImage, (string?)delivered.Of("huawei-1")[key]["spec"]!["template"]!["spec"]!["containers"]![0]!["image"]);
            Assert.Equal("nginxinc/nginx-unprivileged:1.25.0", (string?)delivered.Of("aws-1")[key]["spec"]!["template"]!["spec"]!["containers"]![0]!["image"]);
        }
    }
}
