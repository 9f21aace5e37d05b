using Kurator.Sdk.Policy.Fleets;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Policy.Tests.Fleets;

public class FleetPodSecurityTests
{
    [Fact]
    public void Unwritten_values_take_the_CRD_defaults_baseline_and_audit()
    {
        Assert.True(FleetPodSecurity.TryRead(null, null, out var policy));

        Assert.Equal(PodSecurityLevel.Baseline, policy.Level);
        Assert.False(policy.Enforce);
    }

    [Theory]
    [InlineData("restricted", "Enforce", PodSecurityLevel.Restricted, true)]
    [InlineData("Privileged", "Audit", PodSecurityLevel.Privileged, false)]
    [InlineData(" baseline ", "enforce", PodSecurityLevel.Baseline, true)]
    [InlineData("baseline", "Warn", PodSecurityLevel.Baseline, false)]
    public void Reads_the_standard_and_the_action(string standard, string action, PodSecurityLevel level, bool enforce)
    {
        Assert.True(FleetPodSecurity.TryRead(standard, action, out var policy));

        Assert.Equal(level, policy.Level);
        Assert.Equal(enforce, policy.Enforce);
    }

    [Fact]
    public void A_standard_that_names_no_level_is_not_read()
    {
        Assert.False(FleetPodSecurity.TryRead("strict", "Enforce", out _));
    }

    [Fact]
    public void Fleets_combine_to_the_highest_level_enforced_when_any_enforces()
    {
        var combined = FleetPodSecurity.Combine(
        [
            new FleetPodSecurity(PodSecurityLevel.Baseline, enforce: true),
            new FleetPodSecurity(PodSecurityLevel.Restricted, enforce: false),
        ]);

        Assert.NotNull(combined);
        Assert.Equal(PodSecurityLevel.Restricted, combined.Level);
        Assert.True(combined.Enforce);
    }

    [Fact]
    public void No_fleet_policy_combines_to_none()
    {
        Assert.Null(FleetPodSecurity.Combine([]));
    }
}
