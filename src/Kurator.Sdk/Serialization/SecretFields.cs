namespace Kurator.Sdk.Serialization;

/// <summary>
/// The fields whose values are secret: a core Secret's <c>data</c> and <c>stringData</c>. Load errors and validation messages
/// about them say what is wrong (a string was expected, got an integer) without ever showing the value.
/// </summary>
public static class SecretFields
{
    /// <summary>What messages show instead of a secret value.</summary>
    public const string Hidden = "(secret value hidden)";

    /// <summary>True for the kind whose data and stringData hold secret values (core v1 Secret).</summary>
    public static bool HeldBy(string apiVersion, string kind) => apiVersion == "v1" && kind == "Secret";

    /// <summary>True when the path is data or stringData, or anything under them.</summary>
    public static bool Covers(KubePath path) => path.Root is "data" or "stringData";
}
