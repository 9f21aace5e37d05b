using Kurator.Sdk.Policy.Kyverno.Patterns.Runtime;
using static Kurator.Sdk.Policy.Tests.Kyverno.Json;

namespace Kurator.Sdk.Policy.Tests.Kyverno;

public class ListTests
{
    [Fact]
    public void Every_item_must_match_the_single_map_pattern()
    {
        const string pattern = "{'spec': {'containers': [{'image': '!*:latest'}]}}";
        Assert.Equal(KyvernoPatternStatus.Pass, Status(pattern, "{'spec': {'containers': [{'image': 'a:1'}, {'image': 'b:2'}]}}"));
        var fail = Match(pattern, "{'spec': {'containers': [{'image': 'a:1'}, {'image': 'b:latest'}]}}");
        Assert.Equal(KyvernoPatternStatus.Fail, fail.Status);
        Assert.Equal("spec.containers[1].image", fail.Path);
        Assert.Equal("/spec/containers/1/image/", fail.KyvernoPath);
    }

    [Fact]
    public void Only_the_first_pattern_item_applies_to_every_resource_item()
    {
        // Kyverno matches every item against pattern item 0; later pattern items are ignored.
        Assert.Equal(KyvernoPatternStatus.Pass, Status("{'l': [{'a': 1}, {'b': 2}]}", "{'l': [{'a': 1}, {'a': 1}]}"));
    }

    [Fact]
    public void An_empty_resource_list_matches_any_map_pattern()
    {
        Assert.Equal(KyvernoPatternStatus.Pass, Status("{'spec': {'containers': [{'image': 'x'}]}}", "{'spec': {'containers': []}}"));
    }

    [Fact]
    public void A_scalar_pattern_item_must_match_every_scalar_item()
    {
        const string pattern = "{'drop': ['ALL']}";
        Assert.Equal(KyvernoPatternStatus.Pass, Status(pattern, "{'drop': ['ALL']}"));
        var fail = Match(pattern, "{'drop': ['ALL', 'NET_RAW']}");
        Assert.Equal(KyvernoPatternStatus.Fail, fail.Status);
        Assert.Equal("drop", fail.Path);
    }

    [Fact]
    public void A_scalar_pattern_against_a_list_checks_every_item()
    {
        Assert.Equal(KyvernoPatternStatus.Pass, Status("{'ports': '<1024'}", "{'ports': [80, 443]}"));
        Assert.Equal(KyvernoPatternStatus.Fail, Status("{'ports': '<1024'}", "{'ports': [80, 8080]}"));
    }

    [Fact]
    public void An_empty_pattern_list_fails()
    {
        Assert.Equal(KyvernoPatternStatus.Fail, Status("{'l': []}", "{'l': [1]}"));
    }

    [Fact]
    public void A_map_pattern_against_a_missing_or_scalar_value_fails()
    {
        Assert.Equal(KyvernoPatternStatus.Fail, Status("{'spec': {'a': {'b': 1}}}", "{'spec': {}}"));
        Assert.Equal(KyvernoPatternStatus.Fail, Status("{'spec': {'a': {'b': 1}}}", "{'spec': {'a': 'text'}}"));
        Assert.Equal(KyvernoPatternStatus.Fail, Status("{'spec': {'a': [{'b': 1}]}}", "{'spec': {}}"));
    }

    [Fact]
    public void Lists_of_lists_match_position_by_position()
    {
        Assert.Equal(KyvernoPatternStatus.Pass, Status("{'m': [['a*'], ['b*']]}", "{'m': [['ab'], ['bc'], ['zz']]}"));
        Assert.Equal(KyvernoPatternStatus.Fail, Status("{'m': [['a*'], ['b*']]}", "{'m': [['ab'], ['cc']]}"));
        Assert.Equal(KyvernoPatternStatus.Error, Status("{'m': [['a*'], ['b*']]}", "{'m': [['ab']]}"));
    }

    [Fact]
    public void Star_on_a_field_requires_it_present_and_not_null()
    {
        const string pattern = "{'metadata': {'labels': {'app': '*'}}}";
        Assert.Equal(KyvernoPatternStatus.Pass, Status(pattern, "{'metadata': {'labels': {'app': ''}}}"));
        var missing = Match(pattern, "{'metadata': {'labels': {}}}");
        Assert.Equal(KyvernoPatternStatus.Fail, missing.Status);
        Assert.Equal("metadata.labels.app", missing.Path);
        Assert.Equal("/metadata/labels/", missing.KyvernoPath);
        Assert.Equal(KyvernoPatternStatus.Fail, Status(pattern, "{'metadata': {'labels': {'app': null}}}"));
    }
}
