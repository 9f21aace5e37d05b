using System.IO;
using System.Linq;
using Kurator.Sdk.Cli.Commands;
using Kurator.Sdk.Cli.Fleet;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Serialization;
using Kurator.Sdk.Tests.Support;
using Kurator.Sdk.Validation.Names;
using Xunit;
using Application = Kurator.Sdk.Kurator.Apps.V1Alpha1.Application;

namespace Kurator.Sdk.Tests.Validation;

/// <summary>
/// Validate() gives the API server's verdict on names: metadata.name (or generateName) is required, and names and
/// namespaces follow each kind's rule, so validate, check and apply refuse what the server would refuse.
/// </summary>
public class ObjectNameTests
{
    private static string[] NameErrors(string yaml)
    {
        var loaded = KubeYaml.Load(yaml, "n.yaml", registry: Registry.All);
        Assert.Empty(loaded.Errors);
        var obj = Assert.Single(loaded.Objects).Resource;
        return obj.Validate().Where(e => e.Path.StartsWith("metadata", System.StringComparison.Ordinal)).Select(e => e.ToString()).ToArray();
    }

    private static string Object(string apiVersion, string kind, string name, string? ns = null, string extra = "") =>
        $"apiVersion: {apiVersion}\nkind: {kind}\nmetadata:\n  name: \"{name}\"\n" + (ns is null ? "" : $"  namespace: \"{ns}\"\n") + extra;

    [Fact]
    public void Bad_Name_is_not_a_DNS_subdomain()
    {
        var error = Assert.Single(new ConfigMap("Bad_Name", "default").Validate());
        Assert.Equal("metadata.name", error.Path);
        Assert.StartsWith("Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters", error.Message);
    }

    [Fact]
    public void A_Kurator_Application_named_like_Kurators_own_example_is_rejected()
    {
        var app = new Application("CustomMetric-demo", "default");
        Assert.Contains(app.Validate(), e => e.Path == "metadata.name" && e.Message.StartsWith("Invalid value: \"CustomMetric-demo\": a lowercase RFC 1123 subdomain"));
        Assert.DoesNotContain(new Application("custommetric-demo", "default").Validate(), e => e.Path.StartsWith("metadata"));
    }

    [Fact]
    public void A_name_or_generateName_is_required()
    {
        Assert.Equal(new[] { "metadata.name: Required value: name or generateName is required" },
            NameErrors("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  namespace: default\n"));
        Assert.Equal(new[] { "metadata.name: Required value: name or generateName is required" },
            NameErrors("apiVersion: v1\nkind: ConfigMap\n"));
        // generateName is a prefix: the trailing dash is allowed, a bad character is not.
        Assert.Empty(NameErrors("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  generateName: settings-\n"));
        Assert.Single(NameErrors("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  generateName: Settings-\n"), e => e.StartsWith("metadata.generateName: Invalid value: \"Settings-\""));
    }

    [Theory]
    [InlineData("v1", "ConfigMap", "a.b-c", true)]
    [InlineData("v1", "ConfigMap", "-a", false)]
    [InlineData("v1", "ConfigMap", "a.", false)]
    [InlineData("v1", "Namespace", "team-a", true)]
    [InlineData("v1", "Namespace", "team.a", false)]
    [InlineData("v1", "Service", "web-1", true)]
    [InlineData("v1", "Service", "web.api", false)]
    [InlineData("apps/v1", "StatefulSet", "db.primary", false)]
    [InlineData("apps/v1", "Deployment", "web.v2", true)]
    [InlineData("rbac.authorization.k8s.io/v1", "ClusterRole", "system:controller:token-cleaner", true)]
    [InlineData("rbac.authorization.k8s.io/v1", "ClusterRole", "a/b", false)]
    [InlineData("rbac.authorization.k8s.io/v1", "ClusterRole", "..", false)]
    [InlineData("policy/v1", "PodDisruptionBudget", "Web_PDB", true)]
    [InlineData("fleet.kurator.dev/v1alpha1", "Fleet", "Quickstart", false)]
    public void Each_kind_has_the_API_servers_name_rule(string apiVersion, string kind, string name, bool valid)
    {
        var errors = NameErrors(Object(apiVersion, kind, name));
        if (valid)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.NotEmpty(errors);
            Assert.All(errors, e => Assert.StartsWith($"metadata.name: Invalid value: \"{name}\": ", e));
        }
    }

    [Fact]
    public void Length_limits_follow_the_rule()
    {
        Assert.Empty(NameErrors(Object("v1", "ConfigMap", new string('a', 253))));
        Assert.Contains("must be no more than 253 characters", Assert.Single(NameErrors(Object("v1", "ConfigMap", new string('a', 254)))));
        Assert.Contains("must be no more than 63 characters", Assert.Single(NameErrors(Object("v1", "Namespace", new string('a', 64)))));
        Assert.Empty(NameErrors(Object("batch/v1", "CronJob", new string('a', 52), extra: "spec:\n  schedule: '@daily'\n  jobTemplate: {}\n")));
        Assert.Contains("must be no more than 52 characters", Assert.Single(NameErrors(Object("batch/v1", "CronJob", new string('a', 53), extra: "spec:\n  schedule: '@daily'\n  jobTemplate: {}\n"))));
    }

    [Fact]
    public void A_namespace_must_be_a_DNS_label_and_a_definition_name_must_be_plural_dot_group()
    {
        Assert.Equal(new[] { "metadata.namespace: Invalid value: \"Team_A\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')" },
            NameErrors(Object("v1", "ConfigMap", "settings", ns: "Team_A")));
        var crd = "spec:\n  group: example.com\n  names: {plural: widgets, kind: Widget}\n  scope: Namespaced\n  versions: [{name: v1, served: true, storage: true}]\n";
        Assert.Empty(NameErrors(Object("apiextensions.k8s.io/v1", "CustomResourceDefinition", "widgets.example.com", extra: crd)));
        Assert.Equal(new[] { "metadata.name: Invalid value: \"gadgets.example.com\": must be spec.names.plural+\".\"+spec.group" },
            NameErrors(Object("apiextensions.k8s.io/v1", "CustomResourceDefinition", "gadgets.example.com", extra: crd)));
    }

    [Fact]
    public void The_name_formats_match_apimachinery()
    {
        Assert.Empty(DnsNames.Subdomain("example.com"));
        Assert.NotEmpty(DnsNames.Subdomain("example.com\n"));
        Assert.NotEmpty(DnsNames.Label("a.b"));
        Assert.Equal(new[] { "may not contain '/'", "may not contain '%'" }, DnsNames.PathSegment("a/%b"));
        Assert.Equal("weba", DnsNames.AsPrefix("web-"));
        Assert.Equal(ObjectNameRules.NameFormat.Label, ObjectNameRules.FormatOf("", "Service"));
        Assert.Equal(ObjectNameRules.NameFormat.Subdomain, ObjectNameRules.FormatOf("example.com", "Service"));
    }

    [Fact]
    public void Validate_check_and_apply_give_the_same_verdict_on_a_bad_name()
    {
        var dir = Directory.CreateTempSubdirectory("kurator-names-").FullName;
        try
        {
            var file = Path.Combine(dir, "app.yaml");
            File.WriteAllText(file, "apiVersion: apps.kurator.dev/v1alpha1\nkind: Application\nmetadata:\n  name: CustomMetric-demo\n  namespace: default\n"
                + "spec:\n  source:\n    gitRepository:\n      interval: 3m0s\n      url: https://example.com/podinfo\n"
                + "  syncPolicies:\n  - destination:\n      fleet: quickstart\n    kustomization:\n      interval: 5m0s\n      prune: true\n");
            var expected = $"{file}:4: metadata.name: Invalid value: \"CustomMetric-demo\": a lowercase RFC 1123 subdomain";

            var validated = new StringWriter();
            Assert.Equal(ExitCodes.Failed, ValidateCommand.Run(new[] { file }, loose: false, validated, new StringWriter()));
            Assert.StartsWith(expected, validated.ToString());

            var checkedOutput = new StringWriter();
            Assert.Equal(ExitCodes.Failed, CheckCommand.Run(new[] { file }, "baseline", "latest", checkedOutput, new StringWriter()));
            Assert.StartsWith(expected, checkedOutput.ToString());

            var inputs = ManifestInputs.Load(new[] { file }, TextReader.Null);
            Assert.Empty(inputs.Objects);
            Assert.StartsWith(expected, Assert.Single(inputs.Problems));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
