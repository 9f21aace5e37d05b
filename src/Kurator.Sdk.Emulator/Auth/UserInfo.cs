using System.Collections.Generic;

namespace Kurator.Sdk.Emulator.Auth;

/// <summary>An authenticated (or impersonated) user, with the two permissions the emulator models.</summary>
internal sealed record UserInfo(string Name, IReadOnlyList<string> Groups, bool ReadOnly, bool CanImpersonate)
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Extra { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public string? Uid { get; init; }
}
