using Kurator.Sdk.Policy.Evaluation;

namespace Kurator.Sdk.Policy.Reporting;

/// <summary>A violation located in a source file.</summary>
public sealed class PolicyFinding
{
    /// <summary>Creates a finding.</summary>
    public PolicyFinding(string file, int line, string kind, string name, PodSecurityViolation violation)
    {
        File = file;
        Line = line;
        Kind = kind;
        Name = name;
        Violation = violation;
    }

    /// <summary>The file.</summary>
    public string File { get; }

    /// <summary>1-based line of the offending field (or of its nearest present ancestor).</summary>
    public int Line { get; }

    /// <summary>The object's kind.</summary>
    public string Kind { get; }

    /// <summary>The object's name.</summary>
    public string Name { get; }

    /// <summary>The violation.</summary>
    public PodSecurityViolation Violation { get; }

    /// <summary>The contract line: <c>file:line: kind/name: checkId: path: message</c>.</summary>
    public override string ToString() =>
        File + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Kind + "/" + Name + ": "
        + Violation.CheckId + ": " + Violation.Path + ": " + Violation.Message;
}
