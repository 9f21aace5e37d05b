using System.IO;
using Kurator.Sdk.Cli.Commands;
using Kurator.Sdk.Fleet;
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
    public void Clean_manifests_exit_zero_and_an_unknown_level_or_version_is_invalid_usage()
    {
        var queue = RepoPaths.Fixture("seeds", "volcano-queue.yaml");
        Assert.Equal(ExitCodes.Success, CheckCommand.Run(new[] { queue }, "restricted", "v1.35", new StringWriter(), new StringWriter()));
        Assert.Equal(ExitCodes.InvalidUsage, CheckCommand.Run(new[] { queue }, "strictest", "latest", new StringWriter(), new StringWriter()));
        Assert.Equal(ExitCodes.InvalidUsage, CheckCommand.Run(new[] { queue }, "baseline", "v2.x", new StringWriter(), new StringWriter()));
    }

    [Fact]
    public void A_document_that_cannot_be_parsed_does_not_hide_the_pods_after_it()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("kurator-check-").FullName, "pods.yaml");
        File.WriteAllText(file, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: broken\nspec: [unclosed\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostPID: true\n  containers:\n  - name: c\n    image: nginx\n");
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = CheckCommand.Run(new[] { file }, "baseline", "latest", output, error);
            Assert.Equal(ExitCodes.Failed, code);
            // Problems and findings are one list, in file and line order.
            var lines = output.ToString().Split('\n');
            Assert.StartsWith(file + ":6: ", lines[0]);
            Assert.StartsWith(file + ":12: Pod/p: hostNamespaces: spec.hostPID: ", lines[1]);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }
}
