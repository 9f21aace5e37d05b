using System.Collections.Generic;

namespace Kurator.Sdk.PolicyParity.FrontEnds;

/// <summary>
/// One fixture judged by both front ends: the checks each reported (null with a reason when it could not judge the pod),
/// and the extra checks the fixture itself carries (a second violation on a field it changed from its base pod).
/// </summary>
internal sealed record FixtureVerdict(
    string Display,
    string Level,
    string Version,
    bool ExpectPass,
    string? Expected,
    IReadOnlyList<string> Runtime,
    IReadOnlyList<string>? Analyzers,
    string? AnalyzerFailure,
    IReadOnlySet<string> CarriedExtras)
{
    /// <summary>Whether <paramref name="reported"/> agrees with the label (extras the fixture carries allowed).</summary>
    public bool Agrees(IReadOnlyList<string>? reported)
    {
        if (reported is null)
        {
            return false;
        }

        if (ExpectPass)
        {
            return reported.Count == 0;
        }

        if (Expected is null || !Contains(reported, Expected))
        {
            return false;
        }

        foreach (var check in reported)
        {
            if (check != Expected && !CarriedExtras.Contains(check))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (var item in list)
        {
            if (item == value)
            {
                return true;
            }
        }

        return false;
    }
}
