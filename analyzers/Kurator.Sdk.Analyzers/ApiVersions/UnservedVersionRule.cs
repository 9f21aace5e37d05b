using System.Linq;
using Kurator.Sdk.Policy.Drift;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.ApiVersions;

/// <summary>
/// KSDK6002: a kind whose group and kind a referenced SDK family declares, in a version that family's upstream release
/// does not serve (a project's own Flux <c>source.toolkit.fluxcd.io/v1beta2</c> GitRepository when Flux v2.9 serves v1).
/// </summary>
internal static class UnservedVersionRule
{
    public static Diagnostic? Check(KindCoordinates kind, ServedVersions served, Location location)
    {
        var entry = served.Find(kind.Group, kind.Kind);
        if (entry is null || entry.Versions.Contains(kind.Version))
        {
            return null;
        }

        var message = ApiDriftRules.UnservedMessage(kind.Group, kind.Version, kind.Kind, entry.PreferredVersion, entry.ServedBy, entry.Versions);
        return Diagnostic.Create(ApiVersionDescriptors.Unserved, location, MoveTo.Properties(kind, entry.PreferredVersion), message);
    }
}
