using System.Globalization;
using Xunit.Abstractions;

namespace GrainFlow.IntegrationTests.Faults;

/// <summary>
/// Where a fault test says what it did and measured: the test output, the console, and a report file that outlives
/// the test's folder (under <c>$TMPDIR/grainflow-fault-reports</c>), each line stamped with the time since the start.
/// </summary>
public sealed class FaultReport(ITestOutputHelper output, string name)
{
    private readonly DateTime _start = DateTime.UtcNow;

    public string File { get; } = Path.Combine(
        System.IO.Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "grainflow-fault-reports")).FullName,
        $"{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.txt");

    public TimeSpan Elapsed => DateTime.UtcNow - _start;

    public void Line(string text)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"[{Elapsed.TotalSeconds,7:0.0} s] {text}");
        output.WriteLine(line);
        Console.WriteLine(line);
        System.IO.File.AppendAllText(File, line + Environment.NewLine);
    }
}
