using System;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Policy.Tests.Rules;

public class PodSecurityVersionTests
{
    [Theory]
    [InlineData("v1.35", 35)]
    [InlineData("1.0", 0)]
    [InlineData(" v1.7 ", 7)]
    public void Parses_v1_N(string text, int minor)
    {
        var version = PodSecurityVersion.Parse(text);

        Assert.Equal(minor, version.Minor);
        Assert.Equal("v1." + minor, version.ToString());
    }

    [Fact]
    public void Latest_is_above_every_version()
    {
        var latest = PodSecurityVersion.Parse("latest");

        Assert.True(latest.IsLatest);
        Assert.True(latest > PodSecurityVersion.V1(99));
        Assert.Equal("latest", latest.ToString());
    }

    [Theory]
    [InlineData("v2.0")]
    [InlineData("v1.")]
    [InlineData("v1.x")]
    [InlineData("")]
    [InlineData("newest")]
    public void Rejects_other_text(string text)
    {
        Assert.False(PodSecurityVersion.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PodSecurityVersion.Parse(text));
    }

    [Theory]
    [InlineData("baseline", PodSecurityLevel.Baseline)]
    [InlineData("Restricted", PodSecurityLevel.Restricted)]
    [InlineData("privileged", PodSecurityLevel.Privileged)]
    public void Parses_levels(string text, PodSecurityLevel level)
    {
        Assert.Equal(level, PodSecurityLevels.Parse(text));
        Assert.Equal(text.ToLowerInvariant(), PodSecurityLevels.ToLabel(level));
    }

    [Fact]
    public void Rejects_unknown_levels()
    {
        Assert.Throws<FormatException>(() => PodSecurityLevels.Parse("strict"));
    }
}
