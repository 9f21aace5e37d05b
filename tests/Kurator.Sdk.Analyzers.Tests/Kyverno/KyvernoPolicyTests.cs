using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.Kyverno;
using Kurator.Sdk.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Tests.Kyverno;

/// <summary>KSDK5001: constants judged against the validate patterns of the Kyverno policies the project builds.</summary>
public class KyvernoPolicyTests
{
    private static string Deployment(string image) => Sources.Core + """
        class Workloads
        {
            Deployment Web() => new Deployment("web")
            {
                Spec = new()
                {
                    Selector = new() { MatchLabels = new() { ["app"] = "web" } },
                    Template = new()
                    {
                        Metadata = new() { Labels = new() { ["app"] = "web" } },
                        Spec = new() { Containers = [new() { Name = "web", Image = IMAGE }] },
                    },
                },
            };
        }
        """.Replace("IMAGE", image);

    [Fact]
    public async Task Latest_tag_in_a_deployment_is_reported_at_the_literal_with_policy_rule_and_message()
    {
        var diagnostics = await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Deployment("{|KSDK5001:\"nginx:latest\"|}"))
            .WithSource(KyvernoPolicySources.DisallowLatestTag())
            .VerifyAsync();
        var diagnostic = diagnostics.Single();
        Assert.Equal(
            "Image \"nginx:latest\" violates Kyverno policy disallow-latest-tag, rule validate-image-tag: Using a mutable image tag e.g. 'latest' is not allowed.",
            diagnostic.GetMessage());
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public async Task Pinned_tag_is_not_reported()
    {
        await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Deployment("\"nginx:1.27.3\""))
            .WithSource(KyvernoPolicySources.DisallowLatestTag())
            .VerifyAsync();
    }

    [Fact]
    public async Task Image_computed_at_run_time_is_not_judged()
    {
        await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Deployment("System.Environment.GetEnvironmentVariable(\"IMAGE\")"))
            .WithSource(KyvernoPolicySources.DisallowLatestTag())
            .VerifyAsync();
    }

    [Fact]
    public async Task Enforce_policy_makes_an_error()
    {
        var diagnostics = await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Deployment("{|KSDK5001:\"nginx:latest\"|}"))
            .WithSource(KyvernoPolicySources.DisallowLatestTag("Enforce"))
            .VerifyAsync();
        Assert.Equal(DiagnosticSeverity.Error, diagnostics.Single().Severity);
    }

    [Fact]
    public async Task Severity_is_configurable_like_the_other_rules()
    {
        var diagnostics = await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Deployment("{|KSDK5001:\"nginx:latest\"|}"))
            .WithSource(KyvernoPolicySources.DisallowLatestTag("Enforce"))
            .WithSeverity("KSDK5001", ReportDiagnostic.Warn)
            .VerifyAsync();
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics.Single().Severity);
    }

    [Fact]
    public async Task Without_a_policy_in_the_project_nothing_is_reported()
    {
        await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Deployment("\"nginx:latest\""))
            .VerifyAsync();
    }

    [Fact]
    public async Task Bare_pod_is_judged_by_the_pod_rule_itself()
    {
        await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Sources.Core + """
                class Pods
                {
                    Pod Debug() => new Pod("debug")
                    {
                        Spec = new()
                        {
                            InitContainers = [new() { Name = "init", Image = {|KSDK5001:"busybox:latest"|} }],
                            Containers = [new() { Name = "app", Image = "busybox:1.36" }],
                        },
                    };
                }
                """)
            .WithSource(KyvernoPolicySources.DisallowLatestTag())
            .VerifyAsync();
    }

    [Fact]
    public async Task Cron_job_template_is_judged_as_kyverno_autogen_does()
    {
        await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Sources.Core + """
                using Kurator.Sdk.Kubernetes.Batch.V1;
                class Jobs
                {
                    CronJob Nightly() => new CronJob("nightly")
                    {
                        Spec = new()
                        {
                            Schedule = "0 3 * * *",
                            JobTemplate = new() { Spec = new() { Template = new() { Spec = new() { Containers = [new() { Name = "job", Image = {|KSDK5001:"tool:latest"|} }] } } } },
                        },
                    };
                }
                """)
            .WithSource(KyvernoPolicySources.DisallowLatestTag())
            .VerifyAsync();
    }

    [Fact]
    public async Task Autogen_controllers_annotation_none_keeps_the_rule_on_pods_only()
    {
        var policy = KyvernoPolicySources.DisallowLatestTag().Replace(
            "new ClusterPolicy(\"disallow-latest-tag\")\n    {",
            "new ClusterPolicy(\"disallow-latest-tag\")\n    {\n        Metadata = { Annotations = new() { [\"pod-policies.kyverno.io/autogen-controllers\"] = \"none\" } },");
        Assert.Contains("autogen-controllers", policy);
        await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Deployment("\"nginx:latest\""))
            .WithSource(policy)
            .VerifyAsync();
    }

    [Fact]
    public async Task Kind_the_rule_does_not_match_is_not_judged()
    {
        await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Deployment("\"nginx:latest\""))
            .WithSource(KyvernoPolicySources.PatternRule("deployments-only-stable", "stable-images", "Use stable images.",
                "JsonNode.Parse(\"\"\"{ \"spec\": { \"template\": { \"spec\": { \"containers\": [ { \"image\": \"!*:latest\" } ] } } } }\"\"\")", "\"StatefulSet\""))
            .VerifyAsync();
    }

    [Fact]
    public async Task Rule_on_the_controller_kind_itself_is_judged()
    {
        await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Deployment("{|KSDK5001:\"nginx:latest\"|}"))
            .WithSource(KyvernoPolicySources.PatternRule("deployments-stable", "stable-images", "Use stable images.",
                "JsonNode.Parse(\"\"\"{ \"spec\": { \"template\": { \"spec\": { \"containers\": [ { \"image\": \"!*:latest\" } ] } } } }\"\"\")", "\"apps/v1/Deployment\""))
            .VerifyAsync();
    }

    [Fact]
    public async Task Pattern_with_a_variable_is_left_to_check()
    {
        await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Deployment("\"nginx:latest\""))
            .WithSource(KyvernoPolicySources.PatternRule("image-from-config", "configured-image", "Use the configured image.",
                "JsonNode.Parse(\"\"\"{ \"spec\": { \"containers\": [ { \"image\": \"{{ request.object.metadata.annotations.image }}\" } ] } }\"\"\")"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Rule_with_preconditions_is_left_to_check()
    {
        var policy = KyvernoPolicySources.PatternRule("stable", "stable-images", "Use stable images.",
            "JsonNode.Parse(\"\"\"{ \"spec\": { \"containers\": [ { \"image\": \"!*:latest\" } ] } }\"\"\")")
            .Replace("ValidateValue = new()", "Preconditions = JsonNode.Parse(\"\"\"{ \"all\": [ { \"key\": \"{{ request.operation }}\", \"operator\": \"Equals\", \"value\": \"CREATE\" } ] }\"\"\"), ValidateValue = new()");
        Assert.Contains("Preconditions", policy);
        await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Deployment("\"nginx:latest\""))
            .WithSource(policy)
            .VerifyAsync();
    }

    [Fact]
    public async Task Conditional_anchor_judges_only_containers_it_selects()
    {
        // (image): "*:latest" selects containers using latest; they must then pull Always.
        var policy = KyvernoPolicySources.PatternRule("latest-pull-always", "pull-always", "Images tagged latest must be pulled Always.",
            "JsonNode.Parse(\"\"\"{ \"spec\": { \"containers\": [ { \"(image)\": \"*:latest\", \"imagePullPolicy\": \"Always\" } ] } }\"\"\")");
        await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Sources.Core + """
                class Pods
                {
                    Pod A() => new Pod("a") { Spec = new() { Containers = [new() { Name = "a", Image = "nginx:latest", ImagePullPolicy = {|KSDK5001:"IfNotPresent"|} }] } };
                    Pod B() => new Pod("b") { Spec = new() { Containers = [new() { Name = "b", Image = "nginx:1.27", ImagePullPolicy = "IfNotPresent" }] } };
                    Pod C() => new Pod("c") { Spec = new() { Containers = [new() { Name = "c", Image = "nginx:latest", ImagePullPolicy = "Always" }] } };
                }
                """)
            .WithSource(policy)
            .VerifyAsync();
    }

    [Fact]
    public async Task Missing_required_label_is_reported_at_the_object_creation()
    {
        var policy = KyvernoPolicySources.PatternRule("require-labels", "check-for-labels", "The label `app.kubernetes.io/name` is required.",
            "new JsonObject { [\"metadata\"] = new JsonObject { [\"labels\"] = new JsonObject { [\"app.kubernetes.io/name\"] = \"?*\" } } }");
        var diagnostics = await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Sources.Core + """
                class Pods
                {
                    Pod Bare() => {|KSDK5001:new Pod("bare")|} { Spec = new() { Containers = [new() { Name = "a", Image = "nginx:1.27" }] } };
                    Pod Labelled() => new Pod("labelled")
                    {
                        Metadata = { Labels = new() { ["app.kubernetes.io/name"] = "labelled" } },
                        Spec = new() { Containers = [new() { Name = "a", Image = "nginx:1.27" }] },
                    };
                    Pod Empty() => new Pod("empty")
                    {
                        Metadata = { Labels = new() { ["app.kubernetes.io/name"] = {|KSDK5001:""|} } },
                        Spec = new() { Containers = [new() { Name = "a", Image = "nginx:1.27" }] },
                    };
                    Pod FromElsewhere(Pod pod) => pod;
                }
                """)
            .WithSource(policy)
            .VerifyAsync();
        Assert.StartsWith("Missing field metadata.labels violates Kyverno policy require-labels, rule check-for-labels: The label", diagnostics[0].GetMessage());
    }

    [Fact]
    public async Task Missing_resource_limits_are_reported_at_the_container_of_the_deployment_template()
    {
        var policy = KyvernoPolicySources.PatternRule("require-pod-requests-limits", "validate-resources", "CPU and memory resource requests and memory limits are required for containers.",
            "JsonNode.Parse(\"\"\"{ \"spec\": { \"containers\": [ { \"resources\": { \"requests\": { \"memory\": \"?*\", \"cpu\": \"?*\" }, \"limits\": { \"memory\": \"?*\" } } } ], \"=(initContainers)\": [ { \"resources\": { \"requests\": { \"memory\": \"?*\", \"cpu\": \"?*\" }, \"limits\": { \"memory\": \"?*\" } } } ] } }\"\"\")");
        var diagnostics = await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Sources.Core + """
                class Workloads
                {
                    Deployment Api() => new Deployment("api")
                    {
                        Spec = new()
                        {
                            Selector = new() { MatchLabels = new() { ["app"] = "api" } },
                            Template = new()
                            {
                                Spec = new()
                                {
                                    Containers =
                                    [
                                        new() { Name = "ok", Image = "api:1.0", Resources = new() { Requests = new() { ["memory"] = "128Mi", ["cpu"] = "100m" }, Limits = new() { ["memory"] = "256Mi" } } },
                                        {|KSDK5001:new()|} { Name = "no-limits", Image = "api:1.0" },
                                    ],
                                },
                            },
                        },
                    };
                }
                """)
            .WithSource(policy)
            .VerifyAsync();
        Assert.StartsWith("Missing field spec.template.spec.containers[1].resources violates Kyverno policy require-pod-requests-limits, rule validate-resources:", diagnostics.Single().GetMessage());
    }

    [Fact]
    public async Task Any_pattern_passes_when_one_alternative_passes()
    {
        var policy = KyvernoPolicySources.PatternRule("restrict-registries", "validate-registries", "Unknown image registry.",
            "new JsonArray(JsonNode.Parse(\"\"\"{ \"spec\": { \"containers\": [ { \"image\": \"eu.foo.io/*\" } ] } }\"\"\"), JsonNode.Parse(\"\"\"{ \"spec\": { \"containers\": [ { \"image\": \"bar.io/*\" } ] } }\"\"\"))")
            .Replace("Pattern = ", "AnyPattern = ");
        await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Sources.Core + """
                class Pods
                {
                    Pod A() => new Pod("a") { Spec = new() { Containers = [new() { Name = "a", Image = "bar.io/app:1" }] } };
                    Pod B() => {|KSDK5001:new Pod("b")|} { Spec = new() { Containers = [new() { Name = "b", Image = "docker.io/app:1" }] } };
                }
                """)
            .WithSource(policy)
            .VerifyAsync();
    }

    [Fact]
    public async Task Namespaced_policy_judges_only_objects_in_its_namespace()
    {
        var policy = KyvernoPolicySources.Usings + """"
            class TeamPolicies
            {
                Policy Make() => new Policy("no-latest", "team-a")
                {
                    Spec = new()
                    {
                        Rules =
                        [
                            new()
                            {
                                Name = "no-latest",
                                Match = new() { Any = [new() { Resources = new() { Kinds = ["Pod"] } }] },
                                ValidateValue = new() { Message = "No latest.", Pattern = JsonNode.Parse("""{ "spec": { "containers": [ { "image": "!*:latest" } ] } }""") },
                            },
                        ],
                    },
                };
            }
            """";
        await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Sources.Core + """
                class Pods
                {
                    Pod A() => new Pod("a", "team-a") { Spec = new() { Containers = [new() { Name = "a", Image = {|KSDK5001:"nginx:latest"|} }] } };
                    Pod B() => new Pod("b", "team-b") { Spec = new() { Containers = [new() { Name = "b", Image = "nginx:latest" }] } };
                    Pod C() => new Pod("c") { Spec = new() { Containers = [new() { Name = "c", Image = "nginx:latest" }] } };
                }
                """)
            .WithSource(policy)
            .VerifyAsync();
    }

    [Fact]
    public async Task Policy_built_with_the_fluent_builders_is_found()
    {
        var policy = KyvernoPolicySources.Usings + """"
            class FluentPolicies
            {
                ClusterPolicy Make() => new ClusterPolicy("disallow-latest-tag") { Spec = new() }
                    .WithSpec(s => s
                        .WithValidationFailureAction(ClusterPolicySpecValidationFailureActionOverrideAction.Enforce)
                        .AddRule(r => r
                            .WithName("validate-image-tag")
                            .WithMatch(m => m.AddAny(a => a.WithResources(res => res.WithKinds(["Pod"]))))
                            .WithValidateValue(v => v
                                .WithMessage("No latest.")
                                .WithPattern(JsonNode.Parse("""{ "spec": { "containers": [ { "image": "!*:latest" } ] } }""")))));
            }
            """";
        var diagnostics = await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Deployment("{|KSDK5001:\"nginx:latest\"|}"))
            .WithSource(policy)
            .VerifyAsync();
        Assert.Equal(DiagnosticSeverity.Error, diagnostics.Single().Severity);
    }

    [Fact]
    public async Task Container_object_from_a_parameter_is_not_judged_for_missing_fields()
    {
        var policy = KyvernoPolicySources.PatternRule("require-pod-requests-limits", "validate-resources", "Limits required.",
            "JsonNode.Parse(\"\"\"{ \"spec\": { \"containers\": [ { \"resources\": { \"limits\": { \"memory\": \"?*\" } } } ] } }\"\"\")");
        await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Sources.Core + """
                class Pods
                {
                    Pod A(Container shared) => new Pod("a") { Spec = new() { Containers = [shared] } };
                }
                """)
            .WithSource(policy)
            .VerifyAsync();
    }

    [Fact]
    public async Task Secret_values_never_appear_in_the_message()
    {
        var policy = KyvernoPolicySources.PatternRule("no-default-passwords", "no-admin", "Default passwords are not allowed.",
            "JsonNode.Parse(\"\"\"{ \"stringData\": { \"=(password)\": \"!admin*\" } }\"\"\")", "\"Secret\"");
        var diagnostics = await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Sources.Core + """
                class Secrets
                {
                    Secret Db() => new Secret("db") { StringData = new() { ["password"] = {|KSDK5001:"admin123"|} } };
                }
                """)
            .WithSource(policy)
            .VerifyAsync();
        var message = diagnostics.Single().GetMessage();
        Assert.DoesNotContain("admin123", message);
        Assert.StartsWith("Field stringData.password violates Kyverno policy no-default-passwords, rule no-admin:", message);
    }

    [Fact]
    public async Task Pattern_built_as_json_objects_and_changed_later_is_tracked_or_left_alone()
    {
        var policy = KyvernoPolicySources.Usings + """"
            class BuiltPatterns
            {
                ClusterPolicy Make()
                {
                    var container = new JsonObject { ["image"] = "!*:latest" };
                    container["imagePullPolicy"] = "Always";
                    var pattern = new JsonObject { ["spec"] = new JsonObject { ["containers"] = new JsonArray(container) } };
                    return new ClusterPolicy("built")
                    {
                        Spec = new()
                        {
                            Rules =
                            [
                                new()
                                {
                                    Name = "built-rule",
                                    Match = new() { Any = [new() { Resources = new() { Kinds = ["Pod"] } }] },
                                    ValidateValue = new() { Message = "Built.", Pattern = pattern },
                                },
                            ],
                        },
                    };
                }

                ClusterPolicy Changed(JsonObject extra)
                {
                    var pattern = JsonNode.Parse("""{ "spec": { "containers": [ { "image": "*:*" } ] } }""")!.AsObject();
                    pattern.Remove("spec");
                    return new ClusterPolicy("changed")
                    {
                        Spec = new()
                        {
                            Rules =
                            [
                                new()
                                {
                                    Name = "changed-rule",
                                    Match = new() { Any = [new() { Resources = new() { Kinds = ["Pod"] } }] },
                                    ValidateValue = new() { Message = "Changed.", Pattern = pattern },
                                },
                            ],
                        },
                    };
                }
            }
            """";
        var diagnostics = await new AnalyzerVerifier<KyvernoPolicyAnalyzer>()
            .WithSource(Sources.Core + """
                class Pods
                {
                    Pod A() => new Pod("a") { Spec = new() { Containers = [new() { Name = "a", Image = "nginx", ImagePullPolicy = {|KSDK5001:"IfNotPresent"|} }] } };
                }
                """)
            .WithSource(policy)
            .VerifyAsync();
        Assert.Contains("rule built-rule", diagnostics.Single().GetMessage());
    }
}
