namespace Kurator.Sdk.Fleet.Commands;

/// <summary>
/// The exit codes of a command ended by a signal: 128 plus the signal's number, as shells report it. Kept apart so they can
/// be folded into the shared exit-code table.
/// </summary>
public static class InterruptExitCodes
{
    /// <summary>Interrupted by SIGINT (Ctrl-C).</summary>
    public const int Sigint = 130;

    /// <summary>Ended by SIGTERM.</summary>
    public const int Sigterm = 143;
}
