namespace Kurator.Sdk.Policy.Rules;

/// <summary>A check together with the variant in force for a chosen version.</summary>
public sealed class ActiveCheck
{
    /// <summary>Pairs a check with its active variant.</summary>
    public ActiveCheck(PodSecurityCheck check, PodSecurityCheckVariant variant)
    {
        Check = check;
        Variant = variant;
    }

    /// <summary>The check.</summary>
    public PodSecurityCheck Check { get; }

    /// <summary>Its variant at the chosen version.</summary>
    public PodSecurityCheckVariant Variant { get; }
}
