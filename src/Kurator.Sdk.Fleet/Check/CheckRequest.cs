using System.Collections.Generic;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Fleet.Check;

/// <summary>What <c>check</c> (and the check before <c>apply</c>) is asked to judge beyond the schemas.</summary>
/// <param name="Level">A Pod Security level required everywhere (violations block), or null for each fleet's own policy.</param>
/// <param name="PolicyFiles">Kyverno ClusterPolicy/Policy YAML files or folders (<c>--policy</c>) evaluated on every
/// cluster, beside the Kyverno policies the app itself puts on that cluster.</param>
public sealed record CheckRequest(PodSecurityLevel? Level = null, IReadOnlyList<string>? PolicyFiles = null);
