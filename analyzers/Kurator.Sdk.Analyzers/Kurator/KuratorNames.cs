namespace Kurator.Sdk.Analyzers.Kurator;

/// <summary>Where the generator puts the Kurator types.</summary>
internal static class KuratorNames
{
    public const string Family = "Kurator.Sdk.Kurator";
    public const string AppsNamespace = "Kurator.Sdk.Kurator.Apps.V1Alpha1";
    public const string FleetType = "Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet";
}
