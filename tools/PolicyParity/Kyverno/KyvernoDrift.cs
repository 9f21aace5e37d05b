using System;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.PolicyParity.Kyverno;

/// <summary>
/// A documented way a Kyverno policy departs from PSA: where Kyverno passes a resource PSA fails, a violation whose
/// offending value satisfies <see cref="Explains"/> is put down to this drift rather than counted as unexplained.
/// </summary>
internal sealed record KyvernoDrift(string Description, Func<JsonNode?, bool> Explains);
