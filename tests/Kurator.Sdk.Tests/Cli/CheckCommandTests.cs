using System.IO;
using Kurator.Sdk.Cli.Commands;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Cli;

/// <summary>kurator-sdk check: Pod Security over rendered YAML in the contract format.</summary>
public class CheckCommandTests
{
    [Fact]
    public void Host_path_volumes_fail_baseline_with_file_line_kind_and_path()
    {
        var output = new StringWriter();
        var file = RepoPaths.Fixture("seeds", "deployment-face-detection.yaml");
        var code = CheckCommand.Run(new[] { file }, "baseline", "latest", output, new StringWriter());
        Assert.Equal(1, code);
        var lines = output.ToString().TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(file + ":31: Deployment/face-detection: hostPathVolumes: spec.template.spec.volumes[0].hostPath: ", lines[0]);
        Assert.StartsWith(file + ":34: Deployment/face-detection: hostPathVolumes: spec.template.spec.volumes[1].hostPath: ", lines[1]);
    }

    [Fact]
    public void Clean_manifests_exit_zero_and_bad_options_exit_two()
    {
        var queue = RepoPaths.Fixture("seeds", "volcano-queue.yaml");
        Assert.Equal(0, CheckCommand.Run(new[] { queue }, "restricted", "v1.35", new StringWriter(), new StringWriter()));
        Assert.Equal(2, CheckCommand.Run(new[] { queue }, "strictest", "latest", new StringWriter(), new StringWriter()));
    }
}
