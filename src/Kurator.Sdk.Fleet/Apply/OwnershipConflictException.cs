using System;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>An object that cannot be applied without taking it (or some of its fields) from another owner; nothing was changed.</summary>
internal sealed class OwnershipConflictException(string message) : Exception(message)
{
    /// <summary>What to do about it, as kubectl says it.</summary>
    public const string Hint = "use --force-conflicts to take it over";
}
