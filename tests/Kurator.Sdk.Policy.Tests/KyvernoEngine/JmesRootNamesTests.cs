using Kurator.Sdk.Policy.Kyverno.Jmes;

namespace Kurator.Sdk.Policy.Tests.KyvernoEngine;

public sealed class JmesRootNamesTests
{
    [Theory]
    [InlineData("environment", "environment")]
    [InlineData("request.object.metadata.name", "request")]
    [InlineData("to_upper(environment)", "environment")]
    [InlineData("contains(request.object.metadata.name, team.prefix)", "request,team")]
    [InlineData("request.object.kind == 'Pod' && !flag", "request,flag")]
    [InlineData("[request.object.kind, other]", "request,other")]
    [InlineData("{kind: request.object.kind, size: sizes.small}", "request,sizes")]
    [InlineData("\"quoted name\".field", "quoted name")]
    [InlineData("(a)", "a")]
    [InlineData("let $v = request.object.metadata.name in to_upper(other)", "request,other")]
    [InlineData("sort_by(items, &name)[0].name", "items")]
    [InlineData("a[0].b | c", "a")]
    [InlineData("!(a == b)", "a,b")]
    [InlineData("a[?b].c", "a")]
    [InlineData("a.*.b", "a")]
    [InlineData("x == 'a||b'", "x")]
    public void Lists_every_name_read_from_the_root(string text, string expected)
    {
        Assert.Equal(expected.Split(','), JmesRootNames.Of(text));
    }

    [Theory]
    [InlineData("request.object.spec.containers[?name == 'x'].image")]
    [InlineData("sort_by(request.object.spec.containers, &name)")]
    [InlineData("request.object | metadata.name")]
    [InlineData("request.object.spec.[initContainers, containers][]")]
    [InlineData("request.object.metadata.labels.{a: app}")]
    [InlineData("'literal' == `\"json\"`")]
    [InlineData("$.request.object.metadata.name")]
    [InlineData("let $name = `1` in $name")]
    public void Names_read_from_something_else_are_not_listed(string text)
    {
        Assert.DoesNotContain(JmesRootNames.Of(text), n => n is "x" or "name" or "metadata" or "initContainers" or "containers" or "app" or "a" or "literal" or "json");
    }

    [Theory]
    [InlineData("environment || 'dev'")]
    [InlineData("to_upper(")]
    [InlineData("'unterminated")]
    public void A_default_or_a_text_it_cannot_scan_lists_nothing(string text)
    {
        Assert.Empty(JmesRootNames.Of(text));
    }
}
