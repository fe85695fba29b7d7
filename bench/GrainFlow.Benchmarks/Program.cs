using BenchmarkDotNet.Running;
using GrainFlow.Benchmarks;
using GrainFlow.Benchmarks.Harness;

// bench/run.sh [--quick] runs the suite; bench/run.sh --micro [BenchmarkDotNet arguments] runs the micro-benchmarks.
if (args.Contains("--micro"))
{
    var micro = args.Where(a => a != "--micro").ToArray();
    BenchmarkSwitcher.FromAssembly(typeof(Suite).Assembly).Run(micro.Contains("--filter") ? micro : [.. micro, "--filter", "*"]);
    return 0;
}

var options = SuiteOptions.Parse(args);
Console.Error.WriteLine($"GrainFlow benchmark suite ({(options.Quick ? "quick" : "full")}), {Environment.ProcessorCount} cores; one line per run:");
if (GrainFlow.Benchmarks.Engine.DataPlaneKnobs.Describe() is { Length: > 0 } knobs)
{
    Console.Error.WriteLine($"Data-plane knobs set (not the engine's defaults): {knobs}");
}

Console.Error.WriteLine(ResultTable.Header);
var suite = new Suite(options);
await suite.RunAsync();

var results = new SuiteResults(MachineInfo.Current(options.Quick ? "quick" : "full"), suite.Results, Targets.Evaluate(suite.Results));
results.WriteTo(options.OutputPath);
Console.WriteLine();
Console.WriteLine($"cores: {results.Machine.Cores}; GC: {results.Machine.Gc}");
Console.WriteLine(ResultTable.Render(suite.Results));
Console.WriteLine("Targets (issue 5; ratios within this run):");
foreach (var check in results.Targets)
{
    Console.WriteLine("  " + check);
}

Console.WriteLine($"Results written to {Path.GetFullPath(options.OutputPath)}");
return 0;
