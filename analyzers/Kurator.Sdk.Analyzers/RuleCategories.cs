namespace Kurator.Sdk.Analyzers;

/// <summary>Diagnostic categories.</summary>
internal static class RuleCategories
{
    public const string Security = "Security";
    public const string Schema = "Schema";
    public const string Kurator = "Kurator";
    public const string BestPractice = "BestPractice";
    public const string Policy = "Policy";
    public const string ApiDrift = "ApiDrift";
}
