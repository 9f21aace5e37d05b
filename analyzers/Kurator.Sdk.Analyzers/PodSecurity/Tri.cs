namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>A fact about a pod that the code may not settle.</summary>
internal enum Tri
{
    No,
    Yes,
    Unknown,
}
