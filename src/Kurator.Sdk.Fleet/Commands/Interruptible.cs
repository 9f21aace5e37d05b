using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace Kurator.Sdk.Fleet.Commands;

/// <summary>
/// Runs a command so that SIGINT (Ctrl-C) and SIGTERM end it promptly: the first signal cancels the command's token; when
/// the command has not returned after a grace period (a CPU-bound parse does not look at the token everywhere), the process
/// exits anyway. Either way one "interrupted" line goes to standard error and the exit code is
/// <see cref="ExitCodes.Interrupted"/> or <see cref="ExitCodes.Terminated"/>, as shells report a process ended by
/// that signal. A second signal exits at once.
/// </summary>
public static class Interruptible
{
    /// <summary>How long a cancelled command may take to return before the process exits without it.</summary>
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Runs <paramref name="command"/> with a token that a signal cancels; returns its exit code, or 130/143 when a signal
    /// arrived before it returned.
    /// </summary>
    /// <param name="command">The command; it should pass the token on (HTTP calls, waits, loops over documents).</param>
    /// <param name="error">Where the "interrupted" line goes; standard error by default.</param>
    /// <param name="grace">How long to wait for the cancelled command; <see cref="DefaultGrace"/> by default.</param>
    /// <param name="cancellationToken">Cancels the command too (without an "interrupted" line).</param>
    public static async Task<int> RunAsync(Func<CancellationToken, Task<int>> command, TextWriter? error = null, TimeSpan? grace = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var run = new InterruptedRun(error ?? Console.Error, grace ?? DefaultGrace, cancellationToken);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => run.OnSignal(c, ExitCodes.Interrupted));
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => run.OnSignal(c, ExitCodes.Terminated));
        int code;
        try
        {
            code = await command(run.Token);
        }
        catch (OperationCanceledException) when (run.Signal != 0)
        {
            code = run.Signal;
        }
        finally
        {
            run.Finish();
        }

        if (run.Signal == 0) return code;
        run.Report();
        return run.Signal;
    }

    /// <summary>One run's signal state, shared by the command, the signal handlers and the watchdog.</summary>
    private sealed class InterruptedRun(TextWriter error, TimeSpan grace, CancellationToken outer) : IDisposable
    {
        private readonly CancellationTokenSource _cancel = CancellationTokenSource.CreateLinkedTokenSource(outer);
        private readonly ManualResetEventSlim _finished = new();
        private int _signal;
        private int _reported;

        public CancellationToken Token => _cancel.Token;

        /// <summary>The exit code of the first signal received, 0 while none was.</summary>
        public int Signal => Volatile.Read(ref _signal);

        public void OnSignal(PosixSignalContext context, int code)
        {
            // Handled here: without this the runtime would end the process at once, before the state is saved.
            context.Cancel = true;
            if (Interlocked.CompareExchange(ref _signal, code, 0) != 0)
            {
                Exit(code);
                return;
            }

            // The watchdog starts before the token's callbacks run, so a slow callback cannot delay the exit either.
            new Thread(() =>
            {
                if (!_finished.Wait(grace)) Exit(code);
            })
            { IsBackground = true, Name = "interrupt watchdog" }.Start();
            try
            {
                _cancel.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The command finished and the run was disposed while this signal was being handled: nothing to cancel.
            }
        }

        public void Finish() => _finished.Set();

        /// <summary>Writes the "interrupted" line once, whoever gets there first.</summary>
        public void Report()
        {
            if (Interlocked.Exchange(ref _reported, 1) != 0) return;
            error.WriteLine(Signal == ExitCodes.Interrupted ? "interrupted (SIGINT)" : "interrupted (SIGTERM)");
            error.Flush();
        }

        private void Exit(int code)
        {
            Report();
            Environment.Exit(code);
        }

        public void Dispose()
        {
            _cancel.Dispose();
            // The watchdog may still be waiting on it; a set event is never waited on again, so it is left to the collector.
        }
    }
}
