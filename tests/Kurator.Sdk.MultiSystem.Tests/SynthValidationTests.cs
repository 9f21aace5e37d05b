using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Cli.Commands;
using Kurator.Sdk.MultiSystem.Tests.Semantics;
using Kurator.Sdk.MultiSystem.Tests.Support;
using Xunit;

namespace Kurator.Sdk.MultiSystem.Tests;

/// <summary>Acceptance: `synth --target t` of the sample writes objects that `kurator-sdk validate` accepts, for each target.</summary>
public class SynthValidationTests
{
    public static TheoryData<string> Targets() => new(Systems.Targets);

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Synth_output_passes_kurator_sdk_validate(string target)
    {
        using var output = await SynthOutput.RunAsync(SampleApp.Create(), target);
        // kustomization.yaml is kustomize's own file, not a Kubernetes object; every other file is validated.
        var files = output.Files.Keys.Where(f => !f.EndsWith("/kustomization.yaml", System.StringComparison.Ordinal)).Select(f => Path.Combine(output.Directory, f)).ToList();
        var problems = new StringWriter();
        var summary = new StringWriter();
        var code = ValidateCommand.Run(files, loose: false, problems, summary);
        Assert.Equal("", problems.ToString());
        Assert.Equal(0, code);
        Assert.Contains($"{files.Count} file(s), {files.Count} object(s), 0 problem(s)", summary.ToString());
    }

    [Theory]
    [InlineData("direct", "host,aliyun-1,aws-1,huawei-1", "AttachedCluster,Fleet,Secret")]
    [InlineData("kurator", "gitops,host", "Application,AttachedCluster,Fleet,Secret")]
    [InlineData("karmada", "host", "AttachedCluster,ClusterPropagationPolicy,Deployment,Fleet,Namespace,OverridePolicy,PropagationPolicy,Secret,Service")]
    [InlineData("ocm", "host", "AttachedCluster,Fleet,ManifestWork,Placement,Secret")]
    [InlineData("kubevela", "host", "Application,AttachedCluster,Fleet,Secret")]
    public async Task Each_target_writes_its_own_systems_objects_to_the_host(string target, string folders, string hostKinds)
    {
        using var output = await SynthOutput.RunAsync(SampleApp.Create(), target);
        Assert.Equal(folders.Split(',').Order(), output.Folders.Order());
        Assert.Equal(hostKinds, string.Join(",", output.Folder("host").Select(o => (string)o["kind"]!).Distinct().Order(System.StringComparer.Ordinal)));
    }
}
