using System.Collections.Generic;

namespace Kurator.Sdk.Policy.Reporting;

/// <summary>What a <see cref="PolicyCheckRunner"/> run found.</summary>
public sealed class PolicyCheckResult
{
    /// <summary>Creates a result.</summary>
    public PolicyCheckResult(IReadOnlyList<PolicyFinding> findings, int documentsChecked, int podSpecsChecked, IReadOnlyList<KyvernoFinding>? kyvernoFindings = null)
    {
        Findings = findings;
        KyvernoFindings = kyvernoFindings ?? [];
        DocumentsChecked = documentsChecked;
        PodSpecsChecked = podSpecsChecked;
    }

    /// <summary>All findings, in document order.</summary>
    public IReadOnlyList<PolicyFinding> Findings { get; }

    /// <summary>Kyverno rules that failed on, or could not be evaluated for, a checked object, in document order.</summary>
    public IReadOnlyList<KyvernoFinding> KyvernoFindings { get; }

    /// <summary>How many documents were checked.</summary>
    public int DocumentsChecked { get; }

    /// <summary>How many pod specs those documents held.</summary>
    public int PodSpecsChecked { get; }

    /// <summary>The process exit code for <c>kurator-sdk check</c>: 1 if any violation or Kyverno finding, else 0.</summary>
    public int ExitCode => Findings.Count > 0 || KyvernoFindings.Count > 0 ? 1 : 0;

    /// <summary>The findings as contract lines (<see cref="PolicyFinding.ToString"/>).</summary>
    public IEnumerable<string> Lines
    {
        get
        {
            foreach (var finding in Findings)
            {
                yield return finding.ToString();
            }

            foreach (var finding in KyvernoFindings)
            {
                yield return finding.ToString();
            }
        }
    }
}
