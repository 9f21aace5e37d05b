using System.Linq;
using Kurator.Sdk.Serialization;
using Kurator.Sdk.Tests.Support;
using Kurator.Sdk.Validation;
using Xunit;

namespace Kurator.Sdk.Tests.Validation;

/// <summary>
/// Validate() gives the API server's verdict where the schemas alone would mislead: zero-value defaults in the built-in
/// OpenAPI, CRD rules a reused core type lacks, and CEL rules on a malformed object.
/// </summary>
public class ApiServerVerdictTests
{
    // Load errors and validation errors of every object in the YAML, as "path: message".
    private static string[] Problems(string yaml)
    {
        var loaded = KubeYaml.Load(yaml, "v.yaml", registry: Registry.All);
        var validated = loaded.Objects.Concat(loaded.Partial).SelectMany(o => o.Validate()).Select(e => e.ToString());
        return loaded.Errors.Select(e => (e.Path.Length == 0 ? string.Empty : e.Path + ": ") + e.Message).Concat(validated).ToArray();
    }

    private const string Hpa = """
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: web}
        spec:
          maxReplicas: 5
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment}
        """;

    [Fact]
    public void An_hpa_target_without_a_name_is_rejected_although_the_openapi_defaults_it_to_empty()
    {
        Assert.Equal(new[] { "spec.scaleTargetRef.name: Required value" }, Problems(Hpa));
        Assert.Empty(Problems(Hpa.Replace("kind: Deployment}", "kind: Deployment, name: web}")));
    }

    [Fact]
    public void The_validate_command_rejects_the_hpa_too()
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("kurator-hpa-");
        try
        {
            var file = System.IO.Path.Combine(dir.FullName, "hpa.yaml");
            System.IO.File.WriteAllText(file, Hpa);
            var output = new System.IO.StringWriter();
            Assert.Equal(1, global::Kurator.Sdk.Cli.Commands.ValidateCommand.Run(new[] { file }, loose: false, output, System.IO.TextWriter.Null));
            Assert.Equal($"{file}:6: spec.scaleTargetRef.name: Required value", output.ToString().Trim());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Other_zero_defaulted_core_fields_stay_required()
    {
        // A container port's containerPort and an env var's name are "default: 0" / "default: \"\"" in the OpenAPI.
        const string pod = """
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              containers:
              - name: c
                image: nginx
                ports: [{name: http}]
                env: [{value: x}]
            """;
        Assert.Equal(
            new[] { "spec.containers[0].env[0].name: Required value", "spec.containers[0].ports[0].containerPort: Required value" },
            Problems(pod).OrderBy(p => p, System.StringComparer.Ordinal));
    }

    // A ClusterClass as Cluster API's quick start writes it (v1beta2), with the control plane's templateRef name left out.
    private const string ClusterClass = """
        apiVersion: cluster.x-k8s.io/v1beta2
        kind: ClusterClass
        metadata: {name: quick-start}
        spec:
          controlPlane:
            templateRef:
              apiVersion: controlplane.cluster.x-k8s.io/v1beta2
              kind: KubeadmControlPlaneTemplate
            machineInfrastructure:
              templateRef:
                apiVersion: infrastructure.cluster.x-k8s.io/v1beta2
                kind: DockerMachineTemplate
                name: quick-start-control-plane
          infrastructure:
            templateRef:
              apiVersion: infrastructure.cluster.x-k8s.io/v1beta2
              kind: DockerClusterTemplate
              name: quick-start-cluster
          workers:
            machineDeployments:
            - class: default-worker
              bootstrap:
                templateRef:
                  apiVersion: bootstrap.cluster.x-k8s.io/v1beta2
                  kind: KubeadmConfigTemplate
                  name: quick-start-md-default-worker-bootstraptemplate
              infrastructure:
                templateRef:
                  apiVersion: infrastructure.cluster.x-k8s.io/v1beta2
                  kind: DockerMachineTemplate
                  name: quick-start-default-worker-machinetemplate
        """;

    [Fact]
    public void A_clusterclass_templateRef_keeps_the_crds_required_name_and_pattern()
    {
        Assert.Equal(new[] { "spec.controlPlane.templateRef.name: Required value" }, Problems(ClusterClass));
        var named = ClusterClass.Replace("kind: KubeadmControlPlaneTemplate\n", "kind: KubeadmControlPlaneTemplate\n      name: quick-start-control-plane\n");
        Assert.Empty(Problems(named));
        var badName = Assert.Single(Problems(named.Replace("name: quick-start-cluster", "name: Quick_Start")));
        Assert.StartsWith("spec.infrastructure.templateRef.name: Invalid value: \"Quick_Start\": should match '^[a-z0-9]", badName);
        var emptyKind = Problems(named.Replace("kind: DockerClusterTemplate", "kind: ''"));
        Assert.Contains("spec.infrastructure.templateRef.kind: Invalid value: \"\": should be at least 1 chars long", emptyKind);
    }

    private const string Receiver = """
        apiVersion: notification.toolkit.fluxcd.io/v1
        kind: Receiver
        metadata: {name: r}
        spec:
          resources: [{kind: GitRepository, name: app}]
          secretRef: {name: token}
        """;

    [Fact]
    public void Cel_rules_are_not_checked_on_an_object_missing_a_required_field()
    {
        Assert.Equal(
            new[] { "spec.type: Required value", ValidationContext.RulesNotChecked },
            Problems(Receiver));
        Assert.Empty(Problems(Receiver + "\n  type: github"));
        // With the object well formed, the rules speak again.
        Assert.Equal(
            new[] { "spec: Invalid value: secretRef cannot be set when type is generic-oidc", "spec: Invalid value: generic-oidc receivers must define at least one oidcProvider" }.OrderBy(p => p, System.StringComparer.Ordinal),
            Problems(Receiver + "\n  type: generic-oidc").OrderBy(p => p, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_type_error_is_not_followed_by_a_spurious_required_value_or_cel_messages()
    {
        Assert.Equal(
            new[] { "spec.type: expected a string, got the integer 42", ValidationContext.RulesNotChecked },
            Problems(Receiver + "\n  type: 42"));
        Assert.Equal(
            new[] { "spec.type: unsupported value \"gitea\": must be one of \"generic\", \"generic-hmac\", \"generic-oidc\", \"github\", \"gitlab\", \"bitbucket\", \"harbor\", \"dockerhub\", \"quay\", \"gcr\", \"nexus\", \"acr\", \"cdevents\"", ValidationContext.RulesNotChecked },
            Problems(Receiver + "\n  type: gitea"));
    }

    [Fact]
    public void Unknown_fields_alone_do_not_stop_cel_rules()
    {
        var problems = Problems(Receiver + "\n  type: generic-oidc\n  colour: blue");
        Assert.Contains("spec.colour: unknown field \"colour\"", problems);
        Assert.Contains("spec: Invalid value: secretRef cannot be set when type is generic-oidc", problems);
        Assert.DoesNotContain(ValidationContext.RulesNotChecked, problems);
    }

    [Fact]
    public void A_blocking_validation_error_stops_cel_rules_in_code_built_objects_too()
    {
        var receiver = new global::Kurator.Sdk.Flux.Notification.V1.Receiver("r")
        {
            Spec = new() { Type = null, Resources = [new() { Kind = global::Kurator.Sdk.Flux.Notification.V1.ReceiverSpecResourceKind.GitRepository, Name = "app" }], SecretRef = new() { Name = "token" } },
        };
        Assert.Equal(new[] { "spec.type: Required value", ValidationContext.RulesNotChecked }, receiver.Validate().Select(e => e.ToString()));
    }
}
