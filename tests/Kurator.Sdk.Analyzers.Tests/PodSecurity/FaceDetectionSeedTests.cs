using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.PodSecurity;
using Kurator.Sdk.Analyzers.Tests.Verification;

namespace Kurator.Sdk.Analyzers.Tests.PodSecurity;

/// <summary>The seed's edge face-detection Deployment (apps/v1, two hostPath volumes) written in C#.</summary>
public class FaceDetectionSeedTests
{
    private const string Deployment = Sources.Core + """
        class EdgeApps
        {
            public static Deployment FaceDetection() => new Deployment("face-detection", "edge-apps")
            {
                Spec = new DeploymentSpec
                {
                    Replicas = 1,
                    Selector = new LabelSelector { MatchLabels = new() { ["app"] = "face-detection" } },
                    Template = new PodTemplateSpec
                    {
                        Metadata = new ObjectMeta { Labels = new() { ["app"] = "face-detection" } },
                        Spec = new PodSpec
                        {
                            NodeSelector = new() { ["node-role.kubernetes.io/edge"] = "" },
                            Containers =
                            [
                                new Container
                                {
                                    Name = "detector",
                                    Image = "my-registry/face-detector:v2.0",
                                    Resources = new() { Limits = new() { ["nvidia.com/gpu"] = 1 } },
                                    VolumeMounts = [new VolumeMount { Name = "model", MountPath = "/models" }, MOUNT],
                                },
                            ],
                            Volumes =
                            [
                                MODEL,
                                VIDEO,
                            ],
                        },
                    },
                },
            };
        }
        """;

    [Fact]
    public async Task HostPath_volumes_get_the_baseline_diagnostic()
    {
        var diagnostics = await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Deployment
            .Replace("MOUNT", "new VolumeMount { Name = \"video\", MountPath = \"/dev/video0\" }")
            .Replace("MODEL", "new Volume { Name = \"model\", {|KSDK1004:HostPath = new()|} { Path = \"/data/models\" } }")
            .Replace("VIDEO", "new Volume { Name = \"video\", {|KSDK1004:HostPath = new()|} { Path = \"/dev/video0\" } }"));
        Assert.Equal(
            new[]
            {
                "Pod Security baseline: hostPath volumes (volume \"model\" uses hostPath)",
                "Pod Security baseline: hostPath volumes (volume \"video\" uses hostPath)",
            },
            diagnostics.Select(d => d.GetMessage()).ToArray());
    }

    [Fact]
    public async Task Fixed_deployment_passes_baseline()
    {
        // The model comes from a volume claim; the camera is requested through a device plugin resource instead of /dev.
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Deployment
            .Replace("[\"nvidia.com/gpu\"] = 1", "[\"nvidia.com/gpu\"] = 1, [\"devices.example.com/video\"] = 1")
            .Replace(", MOUNT", string.Empty)
            .Replace("MODEL", "new Volume { Name = \"model\", PersistentVolumeClaim = new() { ClaimName = \"face-models\", ReadOnly = true } }")
            .Replace("VIDEO,", string.Empty));
    }
}
