using System.Linq;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Policy.Tests.Rules;

public class PodSecurityRulesTests
{
    [Fact]
    public void The_table_has_the_19_PSA_checks()
    {
        string[] baseline = ["hostNamespaces", "privileged", "capabilities_baseline", "hostPathVolumes", "hostPorts", "hostProbesAndHostLifecycle",
            "appArmorProfile", "seLinuxOptions", "procMount", "seccompProfile_baseline", "sysctls", "windowsHostProcess"];
        string[] restricted = ["restrictedVolumes", "allowPrivilegeEscalation", "runAsNonRoot", "runAsUser", "seccompProfile_restricted",
            "capabilities_restricted", "procMount_restricted"];

        Assert.Equal(19, PodSecurityRules.All.Count);
        Assert.Equal(baseline.Order(), PodSecurityRules.All.Where(c => c.Level == PodSecurityLevel.Baseline).Select(c => c.Id).Order());
        Assert.Equal(restricted.Order(), PodSecurityRules.All.Where(c => c.Level == PodSecurityLevel.Restricted).Select(c => c.Id).Order());
    }

    [Fact]
    public void Overrides_name_existing_baseline_checks()
    {
        var overrides = PodSecurityRules.All.SelectMany(c => c.Variants).SelectMany(v => v.Overrides).Distinct().Order().ToArray();

        Assert.Equal(["capabilities_baseline", "hostPathVolumes", "procMount", "seccompProfile_baseline"], overrides);
        Assert.All(overrides, id => Assert.Equal(PodSecurityLevel.Baseline, PodSecurityRules.Find(id)!.Level));
    }

    [Theory]
    [InlineData("v1.0", 11, 12)]   // restricted: + runAsNonRoot, restrictedVolumes (replaces hostPathVolumes)
    [InlineData("v1.7", 11, 12)]
    [InlineData("v1.8", 11, 13)]   // + allowPrivilegeEscalation
    [InlineData("v1.19", 11, 13)]  // seccompProfile_restricted replaces seccompProfile_baseline
    [InlineData("v1.22", 11, 13)]  // capabilities_restricted replaces capabilities_baseline
    [InlineData("v1.23", 11, 14)]  // + runAsUser
    [InlineData("v1.34", 12, 15)]  // + hostProbesAndHostLifecycle
    [InlineData("v1.35", 12, 15)]  // procMount_restricted replaces procMount
    [InlineData("latest", 12, 15)]
    public void Active_checks_follow_the_version_gates(string version, int baselineCount, int restrictedCount)
    {
        var v = PodSecurityVersion.Parse(version);

        Assert.Equal(baselineCount, PodSecurityRules.Active(PodSecurityLevel.Baseline, v).Count);
        Assert.Equal(restrictedCount, PodSecurityRules.Active(PodSecurityLevel.Restricted, v).Count);
        Assert.Empty(PodSecurityRules.Active(PodSecurityLevel.Privileged, v));
    }

    [Fact]
    public void Restricted_at_1_35_runs_replacements_not_originals()
    {
        var ids = PodSecurityRules.Active(PodSecurityLevel.Restricted, PodSecurityVersion.V1(35)).Select(a => a.Check.Id).ToArray();

        Assert.Contains("procMount_restricted", ids);
        Assert.DoesNotContain("procMount", ids);
        Assert.DoesNotContain("hostPathVolumes", ids);
        Assert.DoesNotContain("capabilities_baseline", ids);
        Assert.DoesNotContain("seccompProfile_baseline", ids);
    }

    [Fact]
    public void Variant_selection_takes_the_highest_minimum_not_above_the_version()
    {
        var sysctls = PodSecurityRules.Find("sysctls")!;

        Assert.Equal(PodSecurityVersion.V1(0), sysctls.VariantAt(PodSecurityVersion.V1(26))!.MinimumVersion);
        Assert.Equal(PodSecurityVersion.V1(27), sysctls.VariantAt(PodSecurityVersion.V1(28))!.MinimumVersion);
        Assert.Equal(PodSecurityVersion.V1(37), sysctls.VariantAt(PodSecurityVersion.Latest)!.MinimumVersion);
        Assert.Null(PodSecurityRules.Find("runAsUser")!.VariantAt(PodSecurityVersion.V1(22)));
    }

    [Fact]
    public void Display_paths_cover_all_three_container_lists()
    {
        var rule = PodSecurityRules.Find("privileged")!.Variants[0].Rules[0];

        Assert.Equal("spec.{initContainers,containers,ephemeralContainers}[*].securityContext.privileged", rule.DisplayPath);
    }
}
