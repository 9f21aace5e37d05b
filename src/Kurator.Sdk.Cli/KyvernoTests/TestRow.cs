namespace Kurator.Sdk.Cli.KyvernoTests;

/// <summary>One checked expectation: a line of the result table.</summary>
/// <param name="Policy">The policy.</param>
/// <param name="Rule">The rule as the engine reported it (<c>autogen-...</c> for pod controllers), or as expected.</param>
/// <param name="Resource">apiVersion/Kind/namespace/name.</param>
/// <param name="State">Whether the expectation was met, missed, or skipped (rule kind not supported).</param>
/// <param name="Reason">Ok, or what was wanted and what was found.</param>
internal sealed record TestRow(string Policy, string Rule, string Resource, TestRowState State, string Reason);

/// <summary>How one expectation came out.</summary>
internal enum TestRowState
{
    Passed,
    Failed,
    Skipped,
}
