using System.Collections.Generic;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>What a target renders: the objects to apply per cluster, and extra files for <c>synth</c> (the kurator target's GitOps directory).</summary>
/// <param name="Target">The target.</param>
/// <param name="Plan">The objects per cluster (the host alone, except for the direct target).</param>
/// <param name="Files">Relative path (with '/' separators) to file content, written beside the cluster folders.</param>
public sealed record DeliveryRendering(DeliveryTarget Target, DeploymentPlan Plan, IReadOnlyDictionary<string, string> Files);
