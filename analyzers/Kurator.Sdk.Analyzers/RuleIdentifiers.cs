namespace Kurator.Sdk.Analyzers;

/// <summary>Stable diagnostic IDs. Never reuse or renumber an ID: users suppress and configure them by name.</summary>
internal static class RuleIdentifiers
{
    // KSDK1xxx: Pod Security Standards, one ID per Pod Security Admission check: KSDK1001 + the check's position in the
    // shared rule table (Kurator.Sdk.Policy.Rules.PodSecurityDiagnosticIds), so the table is the one list of them.

    /// <summary>The ID of the Pod Security check with PSA ID <paramref name="checkId"/> (<c>privileged</c> -> KSDK1002).</summary>
    public static string PodSecurity(string checkId) => global::Kurator.Sdk.Policy.Rules.PodSecurityDiagnosticIds.For(checkId);

    // KSDK2xxx: schema facts on literal values.
    public const string SchemaPattern = "KSDK2001";
    public const string SchemaLength = "KSDK2002";
    public const string SchemaRange = "KSDK2003";
    public const string SchemaEnum = "KSDK2004";

    // KSDK3xxx: Kurator rules the CRD schema cannot express.
    public const string ApplicationSourceCount = "KSDK3001";
    public const string SyncPolicyKind = "KSDK3002";
    public const string SyncPolicyFleets = "KSDK3003";
    public const string StepWeightConflict = "KSDK3004";
    public const string CanaryAnalysisConflict = "KSDK3005";
    public const string UnknownFleet = "KSDK3006";
    public const string UnknownClusterLabel = "KSDK3007";
    public const string UnknownOverrideField = "KSDK3008";

    // KSDK4xxx: best practices (Info or off by default).
    public const string ImageTag = "KSDK4001";
    public const string ResourceRequirements = "KSDK4002";
    public const string Probes = "KSDK4003";

    // KSDK5xxx: the project's own policies (Kyverno ClusterPolicy/Policy objects it builds) applied to its constants.
    public const string KyvernoPolicyViolation = "KSDK5001";
    // KSDK6xxx: API drift: versions the shipped schemas deprecate or their upstream release no longer serves. The IDs live
    // with the messages in Kurator.Sdk.Policy.Drift.ApiDriftRules, shared with `check`.
    public const string DeprecatedApiVersion = global::Kurator.Sdk.Policy.Drift.ApiDriftRules.DeprecatedVersion;
    public const string UnservedApiVersion = global::Kurator.Sdk.Policy.Drift.ApiDriftRules.UnservedVersion;

    /// <summary>
    /// The published page of a rule, docs/rules/&lt;ID&gt;.md under the KuratorSdkRulesUrl the analyzers were built with;
    /// empty when none was given (no public URL exists yet), so no diagnostic links to a page that is not there.
    /// </summary>
    public static string GetHelpUri(string id) => GetHelpUri(id, RuleDocs.BaseUrl);

    /// <summary>The page of <paramref name="id"/> under <paramref name="baseUrl"/> (the docs/rules/ folder, ending in '/'), or empty.</summary>
    public static string GetHelpUri(string id, string baseUrl) => baseUrl.Length == 0 ? string.Empty : baseUrl + id + ".md";
}
