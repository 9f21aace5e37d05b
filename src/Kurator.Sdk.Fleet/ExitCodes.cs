namespace Kurator.Sdk.Fleet;

/// <summary>
/// The process exit codes of every command: the <c>kurator-sdk</c> tool and the commands of a <see cref="KuratorApp"/>
/// deployment project. One table, so a script reads every command's result the same way (docs/cli.md, "Exit codes").
/// </summary>
public static class ExitCodes
{
    /// <summary>Success: nothing found, everything applied and ready, nothing would change.</summary>
    public const int Success = 0;

    /// <summary>Problems found (validate, check: bad input or violations) or failures (an object or cluster failed).</summary>
    public const int Failed = 1;

    /// <summary>Applied but not ready within the timeout, still terminating, or (for diff) something would change.</summary>
    public const int NotReady = 2;

    /// <summary><c>diff</c>: something would change (the same code as <see cref="NotReady"/>: "not yet where the inputs say").</summary>
    public const int Changes = NotReady;

    /// <summary>Invalid usage (an unknown level, a bad option value) or input refused before anything was sent.</summary>
    public const int InvalidUsage = 3;

    /// <summary>Schema errors or Pod Security violations that the fleet enforces (or <c>--level</c> requires): nothing was applied.</summary>
    public const int PolicyRefused = 4;

    /// <summary>Interrupted by SIGINT (Ctrl-C): 128 + 2, as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>Ended by SIGTERM: 128 + 15, as shells report it.</summary>
    public const int Terminated = 143;
}
