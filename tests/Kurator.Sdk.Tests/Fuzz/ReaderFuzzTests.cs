using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Kurator.Sdk.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Kurator.Sdk.Tests.Fuzz;

/// <summary>
/// Seeded, time-boxed fuzzing of everything that reads user manifests (see <see cref="FuzzTargets"/>): random mutations
/// of the corpus must never raise anything but the readers' documented parse error, and never need more than the stated
/// bounds. KURATOR_FUZZ_SECONDS sets the duration (default 30), KURATOR_FUZZ_SEED the run's seed (default random; it is
/// printed on failure), KURATOR_FUZZ_CASE replays one case by its seed. Inputs that once failed live in
/// Fixtures/fuzz/regressions and are replayed by <see cref="Regression_inputs_are_handled"/>.
/// </summary>
public class ReaderFuzzTests(ITestOutputHelper log)
{
    /// <summary>Allocation bound of one case (inputs are at most <see cref="Mutator.MaxLength"/> characters).</summary>
    private const long CaseAllocationBound = 256L * 1024 * 1024;

    /// <summary>Managed heap bound of the whole run, checked while it goes.</summary>
    private const long HeapBound = 1024L * 1024 * 1024;

    /// <summary>Time bound of one case: far above what a 128 KB input needs, well below a runaway expansion.</summary>
    private static readonly TimeSpan CaseTimeBound = TimeSpan.FromSeconds(20);

    // The CLI parses on the main thread (8 MB stack on Linux); the fuzzer gives its worker the same.
    private const int StackSize = 8 * 1024 * 1024;

    [Fact]
    public void Mutated_manifests_and_schemas_raise_only_documented_errors_within_bounds()
    {
        var seconds = Setting("KURATOR_FUZZ_SECONDS") ?? 30;
        var seed = Setting("KURATOR_FUZZ_SEED") ?? Random.Shared.Next();
        var onlyCase = Setting("KURATOR_FUZZ_CASE");
        var corpus = FuzzCorpus.Load();
        var texts = corpus.Select(s => s.Text).ToList();
        var run = new FuzzRun();
        var worker = new Thread(() => run.Loop(corpus, texts, seed, onlyCase, TimeSpan.FromSeconds(seconds)), StackSize) { IsBackground = true, Name = "fuzz" };
        worker.Start();
        while (!worker.Join(200))
        {
            // Checked from outside: a runaway case (unbounded expansion) would never return to be checked by the loop.
            if (run.CurrentCaseTime > CaseTimeBound) run.Fail($"took over {CaseTimeBound.TotalSeconds:0} s");
            if (GC.GetTotalMemory(false) > HeapBound) run.Fail($"the managed heap grew over {HeapBound / (1024 * 1024)} MB");
            if (run.Failure is not null) break;
        }

        var where = onlyCase is { } c ? $"KURATOR_FUZZ_CASE={c}" : $"KURATOR_FUZZ_SEED={seed}";
        log.WriteLine($"{where}: {run.Cases} case(s) from {corpus.Count} input(s) in {seconds} s");
        Assert.True(run.Cases > 0, "no case ran");
        Assert.True(run.Failure is null, $"{where}, {run.Cases} case(s) run: {run.Failure}");
    }

    public static TheoryData<string> RegressionInputs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Fixture("fuzz", "regressions")).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RegressionInputs))]
    public void Regression_inputs_are_handled(string name)
    {
        var text = File.ReadAllText(RepoPaths.Fixture("fuzz", "regressions", name));
        Exception? error = null;
        var worker = new Thread(() =>
        {
            try
            {
                FuzzTargets.Run(text, name, name.EndsWith(".json", StringComparison.Ordinal));
            }
            catch (Exception e)
            {
                error = e;
            }
        }, StackSize)
        { IsBackground = true };
        worker.Start();
        Assert.True(worker.Join(CaseTimeBound), $"{name} took over {CaseTimeBound.TotalSeconds:0} s");
        Assert.True(error is null, $"{name}: {error}");
    }

    private static int? Setting(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The state of one fuzz run, shared by the worker thread and the watching test thread.</summary>
    private sealed class FuzzRun
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly object _gate = new();
        private FuzzCase? _current;
        private long _currentStarted;
        private int _cases;
        private string? _failure;

        public int Cases => Volatile.Read(ref _cases);

        public string? Failure
        {
            get
            {
                lock (_gate) return _failure;
            }
        }

        public TimeSpan CurrentCaseTime
        {
            get
            {
                lock (_gate) return _current is null ? TimeSpan.Zero : _clock.Elapsed - TimeSpan.FromTicks(_currentStarted);
            }
        }

        public void Loop(IReadOnlyList<FuzzSeed> corpus, IReadOnlyList<string> texts, int seed, int? onlyCase, TimeSpan duration)
        {
            var random = new Random(seed);
            while (Failure is null && (onlyCase is null ? _clock.Elapsed < duration : Cases == 0))
            {
                var fuzzCase = FuzzCase.Create(onlyCase ?? random.Next(), corpus, texts);
                lock (_gate)
                {
                    _current = fuzzCase;
                    _currentStarted = _clock.Elapsed.Ticks;
                }

                var before = GC.GetAllocatedBytesForCurrentThread();
                try
                {
                    FuzzTargets.Run(fuzzCase.Text, fuzzCase.File, fuzzCase.Origin.Json);
                }
                catch (Exception e)
                {
                    Fail(e.ToString());
                    return;
                }

                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                if (allocated > CaseAllocationBound) Fail($"allocated {allocated / (1024 * 1024)} MB");
                lock (_gate) _current = null;
                Interlocked.Increment(ref _cases);
            }
        }

        /// <summary>Records the failure of the current case once, saving its input for a regression file.</summary>
        public void Fail(string what)
        {
            lock (_gate)
            {
                if (_failure is not null || _current is not { } failing) return;
                var saved = Path.Combine(Path.GetTempPath(), $"kurator-fuzz-{failing.Seed}{Path.GetExtension(failing.File)}");
                File.WriteAllText(saved, failing.Text);
                _failure = $"{failing} {what}; input saved to {saved} (add it to tests/Kurator.Sdk.Tests/Fixtures/fuzz/regressions once fixed)";
            }
        }
    }
}
