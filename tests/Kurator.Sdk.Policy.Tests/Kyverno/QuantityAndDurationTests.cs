using Kurator.Sdk.Policy.Kyverno.Patterns;

namespace Kurator.Sdk.Policy.Tests.Kyverno;

public class QuantityAndDurationTests
{
    [Theory]
    [InlineData("1Gi", "1024Mi", 0)]
    [InlineData("1G", "1000M", 0)]
    [InlineData("1G", "1Gi", -1)]
    [InlineData("500m", "0.5", 0)]
    [InlineData("1e3", "1k", 0)]
    [InlineData("1.5Ki", "1536", 0)]
    [InlineData("-1", "0", -1)]
    [InlineData("100n", "0.1u", 0)]
    [InlineData(".5", "500m", 0)]
    [InlineData("2Ei", "2305843009213693952", 0)]
    public void Quantities_compare_exactly(string left, string right, int order)
    {
        Assert.True(KubeQuantity.TryParse(left, out var l));
        Assert.True(KubeQuantity.TryParse(right, out var r));
        Assert.Equal(order, l.CompareTo(r));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Gi")]
    [InlineData("1GB")]
    [InlineData("1 Gi")]
    [InlineData("abc")]
    [InlineData("1e99999")]
    [InlineData("nginx:latest")]
    public void Text_that_is_no_quantity_is_rejected(string text) => Assert.False(KubeQuantity.TryParse(text, out _));

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("1h30m", 5_400_000_000_000L)]
    [InlineData("1.5s", 1_500_000_000L)]
    [InlineData("300ms", 300_000_000L)]
    [InlineData("-2m", -120_000_000_000L)]
    [InlineData("1us", 1_000L)]
    [InlineData("1µs", 1_000L)]
    [InlineData("2h45m30.5s", 9_930_500_000_000L)]
    public void Go_durations_parse_to_nanoseconds(string text, long nanoseconds)
    {
        Assert.True(GoDuration.TryParse(text, out var ns));
        Assert.Equal(nanoseconds, ns);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1d")]
    [InlineData("s")]
    [InlineData("99999999999h")]
    public void Text_that_is_no_duration_is_rejected(string text) => Assert.False(GoDuration.TryParse(text, out _));

    [Theory]
    [InlineData("a*", "abc", true)]
    [InlineData("a?c", "abc", true)]
    [InlineData("a?c", "ac", false)]
    [InlineData("*b*", "abc", true)]
    [InlineData("", "", true)]
    [InlineData("", "x", false)]
    [InlineData("a*b*c*d*e*f*g*h*i*j*k", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", false)]
    public void Wildcards_match_without_exponential_backtracking(string pattern, string text, bool matches) =>
        Assert.Equal(matches, new Wildcard(pattern).Matches(text));
}
