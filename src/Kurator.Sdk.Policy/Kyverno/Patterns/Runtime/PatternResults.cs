using System;
using System.Collections.Generic;
using Kurator.Sdk.Policy.Kyverno.Patterns;

namespace Kurator.Sdk.Policy.Kyverno.Patterns.Runtime;

/// <summary>Turns the matcher's results into the public result type, and combines anyPattern results.</summary>
internal static class PatternResults
{
    public static KyvernoPatternResult From(MatchResult result)
    {
        var status = result.Status switch
        {
            MatchStatus.Pass => KyvernoPatternStatus.Pass,
            MatchStatus.Fail => KyvernoPatternStatus.Fail,
            MatchStatus.Skip => KyvernoPatternStatus.Skip,
            MatchStatus.Unknown => KyvernoPatternStatus.Unknown,
            _ => KyvernoPatternStatus.Error,
        };
        if (status == KyvernoPatternStatus.Pass)
        {
            return new KyvernoPatternResult(status, null, null, null, -1, Array.Empty<KyvernoPatternResult>());
        }

        var hasPath = status != KyvernoPatternStatus.Error;
        return new KyvernoPatternResult(status, hasPath ? result.DottedPath : null, hasPath ? result.KyvernoPath : null, result.Detail, -1, Array.Empty<KyvernoPatternResult>())
        {
            CountsAsFailureAmongAny = result.IsPathlessFailure,
        };
    }

    public static KyvernoPatternResult Any(List<KyvernoPatternResult> results)
    {
        bool failed = false, skipped = false, unknown = false, error = false;
        foreach (var r in results)
        {
            switch (r.Status)
            {
                case KyvernoPatternStatus.Fail:
                    failed = true;
                    break;
                case KyvernoPatternStatus.Skip:
                    skipped = true;
                    break;
                case KyvernoPatternStatus.Unknown:
                    unknown = true;
                    break;
                default:
                    // Kyverno counts a path-less pattern failure as a failed anyPattern item.
                    if (r.CountsAsFailureAmongAny)
                    {
                        failed = true;
                    }
                    else
                    {
                        error = true;
                    }

                    break;
            }
        }

        var status = unknown ? KyvernoPatternStatus.Unknown
            : error ? KyvernoPatternStatus.Error
            : failed ? KyvernoPatternStatus.Fail
            : skipped ? KyvernoPatternStatus.Skip
            : KyvernoPatternStatus.Fail;
        var detail = results.Count == 0 ? "anyPattern is empty" : null;
        return new KyvernoPatternResult(status, null, null, detail, -1, results);
    }
}
