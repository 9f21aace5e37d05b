using Kurator.Sdk.Policy.Kyverno.Patterns.Runtime;
using static Kurator.Sdk.Policy.Tests.Kyverno.Json;

namespace Kurator.Sdk.Policy.Tests.Kyverno;

public class AnchorTests
{
    private const string ImagePullPolicy = "{'spec': {'containers': [{'(image)': '*:latest', 'imagePullPolicy': 'Always'}]}}";

    [Fact]
    public void Conditional_anchor_applies_the_rest_of_the_map_only_when_it_matches()
    {
        Assert.Equal(KyvernoPatternStatus.Pass, Status(ImagePullPolicy, "{'spec': {'containers': [{'image': 'a:latest', 'imagePullPolicy': 'Always'}]}}"));
        Assert.Equal(KyvernoPatternStatus.Fail, Status(ImagePullPolicy, "{'spec': {'containers': [{'image': 'a:latest', 'imagePullPolicy': 'Never'}]}}"));
    }

    [Fact]
    public void Conditional_anchor_that_never_holds_skips_the_rule()
    {
        var result = Match(ImagePullPolicy, "{'spec': {'containers': [{'image': 'a:1.0', 'imagePullPolicy': 'Never'}]}}");

        Assert.Equal(KyvernoPatternStatus.Skip, result.Status);
        Assert.Contains("conditional anchor mismatch", result.Detail);
    }

    [Fact]
    public void Conditional_anchor_skips_items_that_do_not_hold_while_others_apply()
    {
        var resource = "{'spec': {'containers': [{'image': 'a:1.0', 'imagePullPolicy': 'Never'}, {'image': 'b:latest', 'imagePullPolicy': 'Never'}]}}";

        var result = Match(ImagePullPolicy, resource);

        Assert.Equal(KyvernoPatternStatus.Fail, result.Status);
        Assert.Equal("spec.containers[1].imagePullPolicy", result.Path);
    }

    [Fact]
    public void Conditional_anchor_on_an_absent_key_skips()
    {
        Assert.Equal(KyvernoPatternStatus.Skip, Status("{'(kind)': 'Pod', 'spec': {'x': 1}}", "{'spec': {'x': 2}}"));
        Assert.Equal(KyvernoPatternStatus.Fail, Status("{'(kind)': 'Pod', 'spec': {'x': 1}}", "{'kind': 'Pod', 'spec': {'x': 2}}"));
    }

    [Fact]
    public void Equality_anchor_checks_only_when_present()
    {
        const string pattern = "{'spec': {'=(hostNetwork)': false}}";
        Assert.Equal(KyvernoPatternStatus.Pass, Status(pattern, "{'spec': {}}"));
        Assert.Equal(KyvernoPatternStatus.Pass, Status(pattern, "{'spec': {'hostNetwork': false}}"));
        var fail = Match(pattern, "{'spec': {'hostNetwork': true}}");
        Assert.Equal(KyvernoPatternStatus.Fail, fail.Status);
        Assert.Equal("spec.hostNetwork", fail.Path);
        Assert.Equal("/spec/hostNetwork/", fail.KyvernoPath);
    }

    [Fact]
    public void Existence_anchor_needs_at_least_one_matching_item()
    {
        const string pattern = "{'spec': {'^(containers)': [{'image': 'nginx*'}]}}";
        Assert.Equal(KyvernoPatternStatus.Pass, Status(pattern, "{'spec': {'containers': [{'image': 'busybox'}, {'image': 'nginx:1'}]}}"));
        var fail = Match(pattern, "{'spec': {'containers': [{'image': 'busybox'}, {'image': 'redis'}]}}");
        Assert.Equal(KyvernoPatternStatus.Fail, fail.Status);
        Assert.Equal("spec.containers", fail.Path);
        Assert.Equal(KyvernoPatternStatus.Pass, Status(pattern, "{'spec': {}}"));
    }

    [Fact]
    public void Existence_anchor_on_a_non_list_fails()
    {
        Assert.Equal(KyvernoPatternStatus.Fail, Status("{'spec': {'^(containers)': [{'image': 'nginx*'}]}}", "{'spec': {'containers': {'image': 'nginx'}}}"));
    }

    [Fact]
    public void Negation_anchor_forbids_the_field_whatever_its_value()
    {
        const string pattern = "{'spec': {'=(volumes)': [{'X(hostPath)': 'null'}]}}";
        Assert.Equal(KyvernoPatternStatus.Pass, Status(pattern, "{'spec': {'volumes': [{'name': 'a', 'emptyDir': {}}]}}"));
        var fail = Match(pattern, "{'spec': {'volumes': [{'name': 'a', 'emptyDir': {}}, {'name': 'b', 'hostPath': {'path': '/'}}]}}");
        Assert.Equal(KyvernoPatternStatus.Fail, fail.Status);
        Assert.Equal("spec.volumes[1].hostPath", fail.Path);
        Assert.Equal("/spec/volumes/1/hostPath/", fail.KyvernoPath);
    }

    [Fact]
    public void Global_anchor_skips_the_whole_rule_when_it_does_not_hold()
    {
        const string pattern = "{'spec': {'containers': [{'<(image)': '*corp.com/*'}], 'imagePullSecrets': [{'name': 'my-registry-secret'}]}}";
        Assert.Equal(KyvernoPatternStatus.Skip, Status(pattern, "{'spec': {'containers': [{'image': 'docker.io/nginx'}]}}"));
        Assert.Equal(KyvernoPatternStatus.Fail, Status(pattern, "{'spec': {'containers': [{'image': 'corp.com/app'}]}}"));
        Assert.Equal(KyvernoPatternStatus.Pass, Status(pattern, "{'spec': {'containers': [{'image': 'corp.com/app'}], 'imagePullSecrets': [{'name': 'my-registry-secret'}]}}"));
    }

    [Fact]
    public void Global_anchor_on_an_absent_key_is_no_condition()
    {
        Assert.Equal(KyvernoPatternStatus.Fail, Status("{'<(kind)': 'Pod', 'x': 1}", "{'x': 2}"));
    }

    [Fact]
    public void Add_if_not_present_anchor_is_ignored_when_validating()
    {
        Assert.Equal(KyvernoPatternStatus.Pass, Status("{'metadata': {'+(labels)': {'a': 'b'}}}", "{'metadata': {}}"));
    }

    [Fact]
    public void Nested_conditional_anchors_guard_their_own_map()
    {
        // Containers running as root must drop ALL capabilities: the inner condition gates the inner map.
        const string pattern = "{'spec': {'containers': [{'securityContext': {'(runAsUser)': 0, 'capabilities': {'drop': ['ALL']}}}]}}";
        Assert.Equal(KyvernoPatternStatus.Fail, Status(pattern, "{'spec': {'containers': [{'securityContext': {'runAsUser': 0, 'capabilities': {'drop': ['NET_RAW']}}}]}}"));
        Assert.Equal(KyvernoPatternStatus.Pass, Status(pattern, "{'spec': {'containers': [{'securityContext': {'runAsUser': 0, 'capabilities': {'drop': ['ALL']}}}]}}"));
        Assert.Equal(KyvernoPatternStatus.Skip, Status(pattern, "{'spec': {'containers': [{'securityContext': {'runAsUser': 1000}}]}}"));
    }

    [Fact]
    public void Wildcard_label_keys_stand_for_the_matching_resource_key()
    {
        const string pattern = "{'metadata': {'labels': {'app.kubernetes.io/*': '?*'}}}";
        Assert.Equal(KyvernoPatternStatus.Pass, Status(pattern, "{'metadata': {'labels': {'app.kubernetes.io/name': 'web'}}}"));
        Assert.Equal(KyvernoPatternStatus.Fail, Status(pattern, "{'metadata': {'labels': {'team': 'web'}}}"));
    }
}
