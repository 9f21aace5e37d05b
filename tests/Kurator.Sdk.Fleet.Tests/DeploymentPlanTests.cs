using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Model;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>A <see cref="DeploymentPlan"/> refuses, whoever builds it, a plan that would apply one object twice to a cluster or confuse its clusters.</summary>
public class DeploymentPlanTests
{
    private static JsonObject Object(string apiVersion, string kind, string name, string? ns = null)
    {
        var metadata = new JsonObject { ["name"] = name };
        if (ns is not null) metadata["namespace"] = ns;
        return new JsonObject { ["apiVersion"] = apiVersion, ["kind"] = kind, ["metadata"] = metadata };
    }

    private static ClusterTarget Host(params JsonObject[] objects) => new(ClusterTarget.HostName, TargetRole.Host, objects);

    private static ClusterTarget Member(string name, params JsonObject[] objects) => new(name, TargetRole.Member, objects);

    private static string Refused(Func<DeploymentPlan> build) => Assert.Throws<ArgumentException>(() => build()).Message;

    [Fact]
    public void An_object_twice_in_one_cluster_is_refused_naming_cluster_and_object()
    {
        var message = Refused(() => new DeploymentPlan("app", [Host(), Member("edge-1", Object("v1", "ConfigMap", "a", "web"), Object("v1", "ConfigMap", "a", "web"))]));
        Assert.Equal("edge-1: ConfigMap/web/a is defined more than once; a cluster can receive each object only once", message);
    }

    [Fact]
    public void The_same_object_in_two_versions_is_one_object()
    {
        var message = Refused(() => new DeploymentPlan("app", [Host(Object("autoscaling/v1", "HorizontalPodAutoscaler", "web", "web"), Object("autoscaling/v2", "HorizontalPodAutoscaler", "web", "web"))]));
        Assert.Equal("host: HorizontalPodAutoscaler/web/web is defined more than once (as autoscaling/v1 and autoscaling/v2); a cluster can receive each object only once", message);
    }

    [Fact]
    public void One_object_in_two_clusters_and_same_names_of_other_kinds_namespaces_or_groups_are_allowed()
    {
        var plan = new DeploymentPlan("app",
        [
            Host(Object("apps.kurator.dev/v1alpha1", "Application", "a", "default"), Object("core.oam.dev/v1beta1", "Application", "a", "default"), Object("v1", "ConfigMap", "a", "default")),
            Member("edge-1", Object("v1", "ConfigMap", "a", "default"), Object("v1", "ConfigMap", "a", "other"), Object("v1", "Secret", "a", "default")),
            Member("edge-2", Object("v1", "ConfigMap", "a", "default")),
        ]);
        Assert.Equal(["host", "edge-1", "edge-2"], plan.Targets.Select(t => t.Name));
    }

    [Fact]
    public void A_cluster_named_twice_and_a_second_host_are_refused()
    {
        Assert.Equal("plan app: cluster edge-1 is named more than once", Refused(() => new DeploymentPlan("app", [Host(), Member("edge-1"), Member("edge-1")])));
        Assert.Equal("plan app: cluster host is named more than once", Refused(() => new DeploymentPlan("app", [Host(), Member(ClusterTarget.HostName)])));
        Assert.Equal("plan app: hub is a second host; a plan has at most one", Refused(() => new DeploymentPlan("app", [Host(), new ClusterTarget("hub", TargetRole.Host, [])])));
    }

    [Fact]
    public void An_object_without_identity_is_refused_naming_the_cluster()
    {
        var noName = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "ConfigMap", ["metadata"] = new JsonObject() };
        Assert.StartsWith("edge-1: object 2 of its list has no usable identity: object without metadata.name", Refused(() => new DeploymentPlan("app", [Member("edge-1", Object("v1", "ConfigMap", "a"), noName)])));
        var numberKind = new JsonObject { ["apiVersion"] = "v1", ["kind"] = 3, ["metadata"] = new JsonObject { ["name"] = "a" } };
        Assert.StartsWith("edge-1: object 1 of its list has no usable identity", Refused(() => new DeploymentPlan("app", [Member("edge-1", numberKind)])));
        Assert.Equal("a deployment plan needs the app's name (Parameter 'value')", Refused(() => new DeploymentPlan(" ", [Host()])));
    }

    [Fact]
    public void With_is_held_to_the_same_rules_and_later_changes_to_the_list_do_not_reach_the_plan()
    {
        var plan = new DeploymentPlan("app", [Host(Object("v1", "ConfigMap", "a", "default"))]);
        var twice = plan.Targets.Select(t => t with { Objects = [.. t.Objects, Object("v1", "ConfigMap", "a", "default")] }).ToList();
        Assert.Contains("host: ConfigMap/default/a is defined more than once", Assert.Throws<ArgumentException>(() => plan with { Targets = twice }).Message);

        var targets = new List<ClusterTarget> { Host() };
        var kept = new DeploymentPlan("app", targets);
        targets.Add(Member("edge-1"));
        Assert.Single(kept.Targets);
    }

    [Fact]
    public void A_plan_without_host_says_so_when_asked_for_it()
    {
        var contexts = new DeploymentPlan("app", [Member("ctx-a"), Member("ctx-b")]);
        Assert.False(contexts.HasHost);
        Assert.Equal("plan app has no host target (a plan of plain contexts)", Assert.Throws<InvalidOperationException>(() => contexts.Host).Message);
    }
}
