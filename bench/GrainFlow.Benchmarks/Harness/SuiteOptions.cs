namespace GrainFlow.Benchmarks.Harness;

/// <summary>
/// How long each run is measured and which runs the suite makes. <c>--quick</c> (under 2 minutes with the build)
/// measures short windows and skips the big-state and Azure runs; the full run measures every workload.
/// <c>--keys N[,N]</c> keeps only the runs at those key counts (W1, W2), and <c>--intervals MS[,MS]</c> only W2's runs at
/// those checkpoint intervals (0 = off), so that one configuration can be profiled alone. <c>--w3-load F</c> runs W3 at F times the rate its pipeline reaches flat out instead of the 0.5 (to find where latency
/// turns into queueing).
/// </summary>
public sealed record SuiteOptions(bool Quick, TimeSpan Warmup, TimeSpan Window, TimeSpan LatencyWindow, string OutputPath,
    string? AzureConnectionString, IReadOnlySet<string> Only, IReadOnlySet<string> Variants)
{
    /// <summary>W3's rate as a fraction of its pipeline's maximum: the 50 % load unless <c>--w3-load</c> says otherwise.</summary>
    public double W3Load { get; init; } = 0.5;

    /// <summary>The key counts to run W1 and W2 at; empty runs them all.</summary>
    public IReadOnlySet<int> Keys { get; init; } = new HashSet<int>();

    public bool RunsKeys(int keys) => Keys.Count == 0 || Keys.Contains(keys);

    /// <summary>
    /// How many alternating rounds W2 measures each configuration in (each reported by its median round): 3 for the
    /// full run, 1 for <c>--quick</c>, or <c>--rounds N</c>. With more than one, each round's window is the normal one;
    /// with one, it is twice that.
    /// </summary>
    public int Rounds { get; init; } = 3;

    /// <summary>W2's checkpoint intervals in milliseconds (0 = off); empty runs them all.</summary>
    public IReadOnlySet<int> Intervals { get; init; } = new HashSet<int>();

    public bool RunsInterval(int milliseconds) => Intervals.Count == 0 || Intervals.Contains(milliseconds);

    public static SuiteOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var output = ValueAfter(args, "--out") ?? Path.Combine("bench", "results", "latest.json");
        var only = ListAfter(args, "--only");
        var variants = ListAfter(args, "--variants");
        var azure = Environment.GetEnvironmentVariable("GRAINFLOW_BENCH_AZURE_STORAGE");
        var options = quick
            ? new SuiteOptions(true, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3), output, null, only, variants)
            : new SuiteOptions(false, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), output,
                string.IsNullOrWhiteSpace(azure) ? null : azure, only, variants);
        if (ListAfter(args, "--keys") is { Count: > 0 } keys)
        {
            options = options with { Keys = keys.Select(k => int.Parse(k, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet() };
        }

        options = options with { Rounds = ValueAfter(args, "--rounds") is { } rounds ? int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture) : quick ? 1 : 3 };
        if (options.Rounds < 1)
        {
            throw new ArgumentOutOfRangeException("--rounds", options.Rounds, "W2 needs at least one round.");
        }

        if (ListAfter(args, "--intervals") is { Count: > 0 } intervals)
        {
            options = options with { Intervals = intervals.Select(i => int.Parse(i, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet() };
        }

        if (ValueAfter(args, "--w3-load") is { } load)
        {
            var fraction = double.Parse(load, System.Globalization.CultureInfo.InvariantCulture);
            options = fraction > 0
                ? options with { W3Load = fraction }
                : throw new ArgumentOutOfRangeException("--w3-load", fraction, "W3's load must be a positive fraction of its pipeline's maximum rate (0 would mean unlimited).");
        }

        return ValueAfter(args, "--window") is { } seconds
            ? options with { Window = TimeSpan.FromSeconds(double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)) }
            : options;
    }

    public bool Runs(string workload) => Only.Count == 0 || Only.Contains(workload);

    public bool Runs(string workload, string variant) => Runs(workload) && (Variants.Count == 0 || Variants.Contains(variant));

    private static HashSet<string> ListAfter(string[] args, string name) =>
        (ValueAfter(args, name) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static string? ValueAfter(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
