using System;

namespace Kurator.Sdk.Fleet.Commands;

/// <summary>
/// A command line that parses but asks for something invalid (an option value out of range): the command prints the
/// message and exits with <see cref="ExitCodes.InvalidUsage"/> before anything is sent to a cluster.
/// </summary>
public sealed class UsageException : ArgumentException
{
    /// <summary>Creates the exception; <paramref name="message"/> names the option and what it must be.</summary>
    public UsageException(string message)
        : base(message)
    {
    }
}
