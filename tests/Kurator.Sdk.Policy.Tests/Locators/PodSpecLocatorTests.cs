using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Locators;
using Kurator.Sdk.Policy.Rules;
using Kurator.Sdk.Policy.Tests.Fixtures;
using static Kurator.Sdk.Policy.Rules.PodSecurityLevel;
using static Kurator.Sdk.Policy.Tests.Fixtures.Eval;

namespace Kurator.Sdk.Policy.Tests.Locators;

public class PodSpecLocatorTests
{
    private static JsonObject Wrap(string apiVersion, string kind, string templatePath)
    {
        var pod = Pods.Plain();
        var template = new JsonObject
        {
            ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["app"] = "web" } },
            ["spec"] = pod["spec"]!.DeepClone(),
        };
        var obj = PodJson.Object($"{{'apiVersion':'{apiVersion}','kind':'{kind}','metadata':{{'name':'w'}}}}");
        return obj.Set(templatePath, template);
    }

    [Theory]
    [InlineData("apps/v1", "Deployment", "spec.template")]
    [InlineData("apps/v1", "StatefulSet", "spec.template")]
    [InlineData("apps/v1", "DaemonSet", "spec.template")]
    [InlineData("apps/v1", "ReplicaSet", "spec.template")]
    [InlineData("batch/v1", "Job", "spec.template")]
    [InlineData("batch/v1", "CronJob", "spec.jobTemplate.spec.template")]
    [InlineData("v1", "ReplicationController", "spec.template")]
    [InlineData("batch/v1beta1", "CronJob", "spec.jobTemplate.spec.template")]
    [InlineData("extensions/v1beta1", "DaemonSet", "spec.template")]
    public void Finds_workload_templates(string apiVersion, string kind, string templatePath)
    {
        var obj = Wrap(apiVersion, kind, templatePath).SetJson(templatePath + ".spec.containers[0].securityContext", "{'privileged':true}");

        var v = Assert.Single(Run(obj, Baseline));

        Assert.Equal("privileged", v.CheckId);
        Assert.Equal(templatePath + ".spec.containers[0].securityContext.privileged", v.Path);
    }

    [Fact]
    public void Finds_template_annotations_of_a_deployment()
    {
        var obj = Wrap("apps/v1", "Deployment", "spec.template")
            .Set("spec.template.metadata.annotations", new JsonObject { ["container.apparmor.security.beta.kubernetes.io/app"] = "unconfined" });

        var v = Assert.Single(Run(obj, Baseline));

        Assert.Equal("spec.template.metadata.annotations[\"container.apparmor.security.beta.kubernetes.io/app\"]", v.Path);
    }

    [Fact]
    public void Finds_every_task_of_a_volcano_job()
    {
        var job = PodJson.Object("""
            {'apiVersion':'batch.volcano.sh/v1alpha1','kind':'Job','metadata':{'name':'train'},
             'spec':{'minAvailable':2,'schedulerName':'volcano','tasks':[
               {'name':'ps','replicas':1,'template':{'spec':{'containers':[{'name':'ps','image':'tf'}]}}},
               {'name':'worker','replicas':2,'template':{'spec':{'containers':[{'name':'w','image':'tf','ports':[{'containerPort':2222,'hostPort':2222}]}],
                 'volumes':[{'name':'data','hostPath':{'path':'/data'}}]}}}]}}
            """);

        var violations = Run(job, Baseline);

        Assert.Equal(["spec.tasks[1].template.spec.containers[0].ports[0].hostPort", "spec.tasks[1].template.spec.volumes[0].hostPath"],
            violations.Select(v => v.Path).Order().ToArray());
        Assert.Equal(2, PodSpecLocator.Default.Locate(job).Count);
    }

    [Fact]
    public void Batch_job_is_not_confused_with_volcano_job()
    {
        var batchJobWithTasks = PodJson.Object("{'apiVersion':'batch/v1','kind':'Job','spec':{'tasks':[{'template':{'spec':{'hostPID':true,'containers':[]}}}]}}");

        Assert.Empty(PodSpecLocator.Default.Locate(batchJobWithTasks));
    }

    [Fact]
    public void Unknown_kinds_hold_no_pod_spec()
    {
        var fleet = PodJson.Object("{'apiVersion':'fleet.kurator.dev/v1alpha1','kind':'Fleet','spec':{'template':{'spec':{'hostPID':true}}}}");

        Assert.Empty(Run(fleet, Restricted));
    }

    [Fact]
    public void Registered_kinds_are_located()
    {
        var locator = PodSpecLocator.CreateBuiltIn();
        locator.AddTemplate("example.dev/v1", "Runner", "spec.pods[*].template");
        locator.AddPodSpec("example.dev", "Sidecar", "spec.podSpec");
        var runner = PodJson.Object("{'apiVersion':'example.dev/v1','kind':'Runner','spec':{'pods':[{'template':{'spec':{'hostIPC':true,'containers':[]}}}]}}");
        var sidecar = PodJson.Object("{'apiVersion':'example.dev/v2','kind':'Sidecar','spec':{'podSpec':{'hostNetwork':true,'containers':[]}}}");

        var onRunner = PodSecurityEvaluator.Evaluate(runner, Baseline, PodSecurityVersion.Latest, locator);
        var onSidecar = PodSecurityEvaluator.Evaluate(sidecar, Baseline, PodSecurityVersion.Latest, locator);

        Assert.Equal("spec.pods[0].template.spec.hostIPC", Assert.Single(onRunner).Path);
        Assert.Equal("spec.podSpec.hostNetwork", Assert.Single(onSidecar).Path);
        Assert.True(locator.IsRegistered("example.dev", "Runner"));
        Assert.False(PodSpecLocator.Default.IsRegistered("example.dev", "Runner"));
    }

    [Fact]
    public void A_kind_registered_after_objects_were_located_is_located_from_then_on()
    {
        // Reads use a snapshot of the registrations: a registration must replace it, and a second path for a kind keeps
        // the first one.
        var locator = PodSpecLocator.CreateBuiltIn();
        var runner = Wrap("example.dev/v1", "Runner", "spec.template");
        Assert.Empty(locator.Locate(runner));

        locator.AddTemplate("example.dev", "Runner", "spec.template");
        Assert.Equal("spec.template.spec", Assert.Single(locator.Locate(runner)).SpecPath);

        locator.AddPodSpec("example.dev", "Runner", "spec.extra");
        runner["spec"]!["extra"] = new JsonObject { ["containers"] = new JsonArray() };
        Assert.Equal(["spec.template.spec", "spec.extra"], locator.Locate(runner).Select(s => s.SpecPath));
    }

    [Fact]
    public void Static_register_adds_to_the_default_registry()
    {
        PodSpecLocator.Register("tests.kurator.dev/v1beta1", "StaticRegistered", "spec.template");

        Assert.True(PodSpecLocator.Default.IsRegistered("tests.kurator.dev", "StaticRegistered"));
    }

    [Theory]
    [InlineData("apps/v1", "apps")]
    [InlineData("v1", "")]
    [InlineData("v1beta1", "")]
    [InlineData("batch.volcano.sh", "batch.volcano.sh")]
    [InlineData("", "")]
    public void Group_of_api_version(string text, string group)
    {
        Assert.Equal(group, PodSpecLocator.GroupOf(text));
    }

    [Fact]
    public void A_pod_spec_reached_by_a_template_and_a_bare_spec_path_is_located_once_with_its_metadata()
    {
        var locator = new PodSpecLocator();
        // Bare path first: the template registration must still win, so pod annotations are read.
        locator.AddPodSpec("example.com", "Runner", "spec.template.spec");
        locator.AddTemplate("example.com", "Runner", "spec.template");
        var obj = Wrap("example.com/v1", "Runner", "spec.template");

        var site = Assert.Single(locator.Locate(obj));

        Assert.Equal("spec.template.spec", site.SpecPath);
        Assert.NotNull(site.Metadata);
    }

    [Fact]
    public void Pod_specs_of_embedded_objects_are_located_by_their_own_kind_with_paths_from_the_outer_object()
    {
        var locator = PodSpecLocator.CreateBuiltIn();
        locator.AddEmbeddedObject("work.example.com", "Bundle", "spec.manifests[*]");
        var deployment = Wrap("apps/v1", "Deployment", "spec.template");
        var bundle = PodJson.Object("{'apiVersion':'work.example.com/v1','kind':'Bundle','metadata':{'name':'b'},'spec':{'manifests':[{'apiVersion':'v1','kind':'ConfigMap'}]}}");
        ((JsonArray)bundle["spec"]!["manifests"]!).Add(deployment);

        var site = Assert.Single(locator.Locate(bundle));

        Assert.Equal("spec.manifests[1].spec.template.spec", site.SpecPath);
        Assert.Equal("spec.manifests[1].spec.template.metadata", site.MetadataPath);
    }
}

