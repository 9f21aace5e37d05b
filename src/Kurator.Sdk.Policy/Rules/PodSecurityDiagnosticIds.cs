using System;

namespace Kurator.Sdk.Policy.Rules;

/// <summary>
/// The analyzers' diagnostic ID of each check: <c>KSDK1001</c> plus the check's position in <see cref="PodSecurityRules.All"/>
/// (<c>hostNamespaces</c> is KSDK1001, <c>procMount_restricted</c> KSDK1019). Users suppress and configure these IDs by
/// name, so the table's order is part of the contract: a new check goes at the end of <see cref="PodSecurityRules.All"/>.
/// </summary>
public static class PodSecurityDiagnosticIds
{
    /// <summary>The number of the first check's ID.</summary>
    public const int FirstNumber = 1001;

    /// <summary>The diagnostic ID of the check with PSA ID <paramref name="checkId"/>.</summary>
    /// <exception cref="ArgumentException">No check has that ID.</exception>
    public static string For(string checkId)
    {
        var all = PodSecurityRules.All;
        for (var i = 0; i < all.Count; i++)
        {
            if (string.Equals(all[i].Id, checkId, StringComparison.Ordinal))
            {
                return At(i);
            }
        }

        throw new ArgumentException("no Pod Security check has the ID '" + checkId + "'", nameof(checkId));
    }

    /// <summary>The diagnostic ID of the check at <paramref name="index"/> in <see cref="PodSecurityRules.All"/>.</summary>
    public static string At(int index) => "KSDK" + (FirstNumber + index).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
