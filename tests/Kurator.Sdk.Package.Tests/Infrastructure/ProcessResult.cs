namespace Kurator.Sdk.Package.Tests.Infrastructure;

/// <summary>
/// What a finished child process printed and returned. <see cref="Output"/> interleaves both streams as the lines
/// arrived, which is racy between the two; compare <see cref="StandardOutput"/> and <see cref="StandardError"/> when
/// the order matters.
/// </summary>
public sealed record ProcessResult(string Command, int ExitCode, string Output, string StandardOutput, string StandardError)
{
    /// <summary>Fails the test with the command's whole output unless it exited with 0.</summary>
    public ProcessResult EnsureSuccess() => EnsureExitCode(0);

    /// <summary>Fails the test with the command's whole output unless it exited with <paramref name="expected"/>.</summary>
    public ProcessResult EnsureExitCode(int expected)
    {
        if (ExitCode != expected)
        {
            throw new Xunit.Sdk.XunitException($"`{Command}` exited with {ExitCode}, expected {expected}:{Environment.NewLine}{Output}");
        }

        return this;
    }
}
