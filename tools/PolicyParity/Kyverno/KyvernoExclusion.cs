using System.Collections.Generic;

namespace Kurator.Sdk.PolicyParity.Kyverno;

/// <summary>A <c>validate.podSecurity.exclude</c> entry: a control name and, for container-level exclusion, image patterns.</summary>
internal sealed record KyvernoExclusion(string ControlName, IReadOnlyList<string> Images);
