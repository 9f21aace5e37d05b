using System.Globalization;

namespace Kurator.Sdk.Watch.Benchmarks;

/// <summary>Timings of one loop: median and max, formatted as the README's Performance table writes them.</summary>
internal sealed record Figures(string What, IReadOnlyList<TimeSpan> Times)
{
    public TimeSpan Median
    {
        get
        {
            var sorted = Times.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }

    public TimeSpan Max => Times.Max();

    public override string ToString() =>
        $"{What}: median {Seconds(Median)}, max {Seconds(Max)} over {Times.Count} ({string.Join(", ", Times.Select(Seconds))})";

    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString(t.TotalSeconds < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " s";
}
