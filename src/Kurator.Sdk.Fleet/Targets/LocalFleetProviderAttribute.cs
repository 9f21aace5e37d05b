using System;

namespace Kurator.Sdk.Fleet.Targets;

/// <summary>
/// Names the <see cref="ILocalFleetProvider"/> of an emulator assembly, so the runtime finds it by reading one attribute
/// instead of scanning the assembly's types.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class LocalFleetProviderAttribute : Attribute
{
    /// <summary>Names the provider type: public, with a public parameterless constructor, implementing <see cref="ILocalFleetProvider"/>.</summary>
    public LocalFleetProviderAttribute(Type providerType) => ProviderType = providerType ?? throw new ArgumentNullException(nameof(providerType));

    /// <summary>The provider type.</summary>
    public Type ProviderType { get; }
}
