using System.IO;
using Kurator.Sdk.Cli.Commands;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Cli;

/// <summary>kurator-sdk validate: valid examples pass, invented fields and unknown kinds are named with file and line.</summary>
public class ValidateCommandTests
{
    private static (int Code, string Output) Run(params string[] paths)
    {
        var output = new StringWriter();
        var code = ValidateCommand.Run(paths, loose: false, output, new StringWriter());
        return (code, output.ToString().Replace(RepoPaths.Fixture() + Path.DirectorySeparatorChar, string.Empty));
    }

    [Fact]
    public void Valid_examples_pass()
    {
        var (code, output) = Run(RepoPaths.Fixture("seeds"));
        Assert.Equal(string.Empty, output);
        Assert.Equal(0, code);
    }

    [Fact]
    public void Invented_fields_missing_required_fields_and_unknown_kinds_are_reported()
    {
        var (code, output) = Run(RepoPaths.Fixture("invalid"));
        Assert.Equal(1, code);
        var expected = string.Join('\n', new[]
        {
            "invalid/application-overrides.yaml:8: spec.source.gitRepository.interval: Required value",
            "invalid/application-overrides.yaml:10: spec.source.gitRepository.branch: unknown field \"branch\"",
            "invalid/application-overrides.yaml:14: spec.syncPolicies[0].kustomization.interval: Required value",
            "invalid/application-overrides.yaml:14: spec.syncPolicies[0].kustomization.prune: Required value",
            "invalid/application-overrides.yaml:15: spec.syncPolicies[0].kustomization.replicas: unknown field \"replicas\"",
            "invalid/application-overrides.yaml:16: spec.syncPolicies[0].overrides: unknown field \"overrides\"",
            "invalid/fleet-secretref.yaml:9: spec.clusters[0].secretRef: unknown field \"secretRef\"",
            "invalid/fleet-secretref.yaml:12: spec.plugin.monitoring: unknown field \"monitoring\"",
            "invalid/unknown-kinds.yaml:2: kind: unknown kind PriorityClass (scheduling.volcano.sh/v1beta1): no CRD or core schema defines it",
            "invalid/unknown-kinds.yaml:8: kind: unknown kind CompliancePolicy (policy.kurator.dev/v1alpha1): no CRD or core schema defines it",
        }) + "\n";
        Assert.Equal(expected, output.Replace(Path.DirectorySeparatorChar, '/'));
    }

    [Fact]
    public void A_missing_file_is_a_problem_not_a_clean_summary()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ValidateCommand.Run(new[] { "no/such/manifest.yaml" }, loose: false, output, error);
        Assert.Equal(1, code);
        Assert.Equal("no/such/manifest.yaml: no such file or folder\n0 file(s), 0 object(s), 1 problem(s)\n", error.ToString().Replace("\r\n", "\n"));
    }

    [Fact]
    public void Every_document_after_one_that_cannot_be_parsed_is_still_validated()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("kurator-validate-").FullName, "multi.yaml");
        File.WriteAllText(file, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: [unclosed\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\nbogus: 1\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: c\nspec:\n  ports:\n  - port: 99999999999\n");
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = ValidateCommand.Run(new[] { file }, loose: false, output, error);
            Assert.Equal(1, code);
            Assert.Equal(
                $"{file}:7: While parsing a flow sequence, did not find expected ',' or ']'.\n{file}:12: bogus: unknown field \"bogus\"\n{file}:20: spec.ports[0].port: the integer 99999999999 is out of range for an int32 field (-2147483648 to 2147483647)\n",
                output.ToString().Replace("\r\n", "\n"));
            Assert.Equal("1 file(s), 2 object(s), 3 problem(s)\n", error.ToString().Replace("\r\n", "\n"));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }
}
