using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace GrainFlow.IntegrationTests.Processes;

/// <summary>
/// One GrainFlow silo as a real operating-system process: the built <c>GrainFlow.Silo.dll</c> run by <c>dotnet</c>,
/// in Azure Table clustering with Azure Blob snapshots on the test's Azurite, membership timings that declare a dead
/// silo in about a second, and its own silo, gateway and API ports, kept across restarts. Faults are real: SIGKILL,
/// SIGSTOP/SIGCONT. The process's output goes to <see cref="LogFile"/>; the silo's log line naming where a job's
/// checkpoint coordinator was activated is remembered, so a test can aim a kill at the coordinator's silo.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private const string CoordinatorActivated = ": checkpoint coordinator activated on silo ";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);

    private readonly SiloSettings _settings;
    private readonly string _directory;
    private readonly HttpClient _probe = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly ConcurrentDictionary<string, DateTime> _coordinatorActivations = new();
    private Process? _process;

    public SiloProcess(string name, SiloSettings settings, string directory)
    {
        Name = name;
        _settings = settings;
        _directory = Path.Combine(directory, name);
        Directory.CreateDirectory(_directory);
        LogFile = Path.Combine(directory, $"{name}.log");
    }

    public string Name { get; }

    public int SiloPort { get; } = FreePorts.Next();

    public int GatewayPort { get; } = FreePorts.Next();

    public int ApiPort { get; } = FreePorts.Next();

    public Uri ApiAddress => new($"http://127.0.0.1:{ApiPort}");

    public string LogFile { get; }

    /// <summary>A process runs and is not frozen.</summary>
    public bool IsServing => IsRunning && !IsFrozen;

    public bool IsRunning => _process is { HasExited: false };

    public bool IsFrozen { get; private set; }

    /// <summary>When this incarnation activated the checkpoint coordinator of <paramref name="job"/>, if it did.</summary>
    public DateTime? CoordinatorActivatedAt(string job) => _coordinatorActivations.TryGetValue(job, out var at) ? at : null;

    /// <summary>Starts the process (on the same ports as any earlier incarnation) and waits until its silo is active.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{Name} is already running.");
        }

        _process?.Dispose();
        _coordinatorActivations.Clear();
        IsFrozen = false;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, WorkingDirectory = _directory };
        start.ArgumentList.Add(TestPaths.SiloDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(ApiAddress.ToString());
        foreach (var (key, value) in Environment())
        {
            start.Environment[key] = value;
        }

        _process = ProcessLog.Start(start, LogFile, Name, Observe);
        await WaitReadyAsync();
    }

    /// <summary>SIGKILL: the process ends at once, with no chance to leave the cluster or flush anything.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        IsFrozen = false;
    }

    /// <summary>SIGSTOP: the process stops answering but keeps its sockets, like a long pause or a hung machine.</summary>
    public void Freeze()
    {
        ProcessSignals.Stop(Running().Id);
        IsFrozen = true;
    }

    /// <summary>SIGCONT: the frozen process runs on, unaware of the time it lost.</summary>
    public void Resume()
    {
        ProcessSignals.Continue(Running().Id);
        IsFrozen = false;
    }

    /// <summary>Waits for the process to end by itself; false if it still runs after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        if (_process is not { } process)
        {
            return true;
        }

        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            if (IsFrozen && !process.HasExited)
            {
                ProcessSignals.Continue(process.Id);
            }

            await KillAsync();
            process.Dispose();
            _process = null;
        }

        _probe.Dispose();
    }

    private Process Running() => _process is { HasExited: false } process ? process : throw new InvalidOperationException($"{Name} is not running.");

    private async Task WaitReadyAsync()
    {
        var process = Running();
        await Deadline.UntilAsync(
            async () =>
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"{Name} exited with {process.ExitCode} while starting; see {LogFile}.");
                }

                try
                {
                    using var response = await _probe.GetAsync(new Uri(ApiAddress, "/readyz"));
                    return response.StatusCode == HttpStatusCode.OK;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return false;
                }
            },
            ReadyTimeout, $"{Name} to be ready (log: {LogFile})");
    }

    private void Observe(string line)
    {
        var at = line.IndexOf(CoordinatorActivated, StringComparison.Ordinal);
        var jobAt = line.IndexOf("Job ", StringComparison.Ordinal);
        if (at > 0 && jobAt >= 0 && jobAt < at)
        {
            _coordinatorActivations[line[(jobAt + 4)..at]] = DateTime.UtcNow;
        }
    }

    private IEnumerable<(string Key, string Value)> Environment()
    {
        yield return ("DOTNET_ENVIRONMENT", "Production");
        yield return ("ConnectionStrings__AzureStorage", _settings.ConnectionString);
        yield return ("GrainFlow__DataDirectory", Path.Combine(_directory, "data"));
        yield return ("GrainFlow__Storage__Mode", "AzureBlob");
        yield return ("GrainFlow__Storage__ContainerName", _settings.ContainerName);
        yield return ("GrainFlow__Files__AllowedRoots__0", _settings.AllowedRoot);
        yield return ("GrainFlow__Clustering__Mode", "AzureTable");
        yield return ("GrainFlow__Clustering__ClusterId", _settings.ClusterId);
        yield return ("GrainFlow__Clustering__ServiceId", _settings.ClusterId);
        yield return ("GrainFlow__Clustering__SiloPort", $"{SiloPort}");
        yield return ("GrainFlow__Clustering__GatewayPort", $"{GatewayPort}");
        yield return ("GrainFlow__Clustering__ProbeTimeoutMs", "1000");
        yield return ("GrainFlow__Clustering__NumMissedProbesLimit", "2");
        yield return ("GrainFlow__Clustering__NumVotesForDeathDeclaration", "1");
        yield return ("GrainFlow__Api__Keys__0__Key", _settings.ApiKey);
        yield return ("GrainFlow__Api__Keys__0__Role", "admin");
        yield return ("GrainFlow__Api__RateLimit__PermitsPerSecond", "1000");
        yield return ("GrainFlow__Api__RateLimit__Burst", "1000");
        yield return ("Logging__LogLevel__GrainFlow.Checkpointing", "Information");
        yield return ("Logging__Console__TimestampFormat", "HH:mm:ss.fff ");
    }
}
