using Kurator.Sdk.Policy.Kyverno.Patterns;
using static Kurator.Sdk.Policy.Tests.Kyverno.TestNode;

namespace Kurator.Sdk.Policy.Tests.Kyverno;

public class UnknownNodeTests
{
    private static MatchStatus Run(TestNode pattern, TestNode resource) =>
        PatternMatcher<TestNode>.Match(PatternCompiler.Compile(pattern), resource).Status;

    private static TestNode NoLatest() => Obj(("spec", Obj(("containers", List(Obj(("image", Str("!*:latest"))))))));

    private static TestNode Pod(TestNode image) => Obj(("spec", Obj(("containers", List(Obj(("image", image)))))));

    [Fact]
    public void An_unknown_value_is_never_judged()
    {
        Assert.Equal(MatchStatus.Unknown, Run(NoLatest(), Pod(Unknown())));
        Assert.Equal(MatchStatus.Fail, Run(NoLatest(), Pod(Str("app:latest"))));
        Assert.Equal(MatchStatus.Pass, Run(NoLatest(), Pod(Str("app:1.0"))));
    }

    [Fact]
    public void A_known_failure_beside_an_unknown_value_still_fails()
    {
        var resource = Obj(("spec", Obj(("containers", List(Obj(("image", Unknown())), Obj(("image", Str("b:latest"))))))));

        Assert.Equal(MatchStatus.Fail, Run(NoLatest(), resource));
    }

    [Fact]
    public void An_open_list_without_a_visible_failure_is_unknown()
    {
        var resource = Obj(("spec", Obj(("containers", List(open: true, Obj(("image", Str("a:1"))))))));

        Assert.Equal(MatchStatus.Unknown, Run(NoLatest(), resource));
    }

    [Fact]
    public void An_unseen_field_under_a_negation_anchor_is_unknown()
    {
        var pattern = Obj(("spec", Obj(("X(hostNetwork)", Str("null")))));

        Assert.Equal(MatchStatus.Unknown, Run(pattern, Obj(("spec", Obj(open: true)))));
        Assert.Equal(MatchStatus.Pass, Run(pattern, Obj(("spec", Obj()))));
    }

    [Fact]
    public void An_unknown_conditional_anchor_makes_the_result_unknown()
    {
        var pattern = Obj(("(kind)", Str("Pod")), ("replicas", Num("1")));

        Assert.Equal(MatchStatus.Unknown, Run(pattern, Obj(("kind", Unknown()), ("replicas", Num("2")))));
    }

    [Fact]
    public void An_unknown_pattern_value_never_passes()
    {
        var pattern = Obj(("spec", Obj(("replicas", Unknown()))));

        Assert.Equal(MatchStatus.Unknown, Run(pattern, Obj(("spec", Obj(("replicas", Num("1")))))));
    }

    [Fact]
    public void Star_is_satisfied_by_a_set_but_unknown_value()
    {
        var pattern = Obj(("metadata", Obj(("name", Str("*")))));

        Assert.Equal(MatchStatus.Pass, Run(pattern, Obj(("metadata", Obj(("name", Unknown()))))));
        Assert.Equal(MatchStatus.Unknown, Run(pattern, Obj(("metadata", Obj(open: true)))));
    }
}
