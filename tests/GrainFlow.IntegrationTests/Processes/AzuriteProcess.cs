using System.Diagnostics;

namespace GrainFlow.IntegrationTests.Processes;

/// <summary>
/// An Azurite process of the test's own, on free loopback ports and with on-disk persistence in the test's folder,
/// so it can be stopped and started again on the same ports with the same data: a storage outage, not data loss.
/// Stopping is a SIGTERM (Azurite flushes its metadata on the way down), because a real storage service that comes
/// back keeps what it acknowledged; killing Azurite with SIGKILL would lose acknowledged writes, a fault no
/// checkpointing system can survive.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private const string Account = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string _location;
    private readonly string _logFile;
    private readonly int _blobPort = FreePorts.Next();
    private readonly int _queuePort = FreePorts.Next();
    private readonly int _tablePort = FreePorts.Next();
    private Process? _process;

    public AzuriteProcess(string directory)
    {
        _location = Path.Combine(directory, "azurite");
        _logFile = Path.Combine(directory, "azurite.log");
        Directory.CreateDirectory(_location);
    }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{_blobPort}/{Account};QueueEndpoint=http://127.0.0.1:{_queuePort}/{Account};" +
        $"TableEndpoint=http://127.0.0.1:{_tablePort}/{Account};";

    public bool IsRunning => _process is { HasExited: false };

    public async Task StartAsync()
    {
        if (!File.Exists(TestPaths.Azurite))
        {
            throw new FileNotFoundException(
                $"Azurite is not installed at {TestPaths.Azurite}; run `npm ci` in tests/ (tests/run.sh does).", TestPaths.Azurite);
        }

        var start = new ProcessStartInfo(TestPaths.Azurite)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "--blobHost", "127.0.0.1", "--blobPort", $"{_blobPort}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{_queuePort}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{_tablePort}",
            "--location", _location, "--skipApiVersionCheck", "--loose",
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = ProcessLog.Start(start, _logFile, "azurite", _ => { });
        var process = _process;
        await Deadline.UntilAsync(
            async () => process.HasExited
                ? throw new InvalidOperationException($"Azurite exited with {process.ExitCode}; see {_logFile}.")
                : await FreePorts.AnswersAsync(_blobPort) && await FreePorts.AnswersAsync(_queuePort) && await FreePorts.AnswersAsync(_tablePort),
            StartTimeout, "Azurite to listen");
    }

    /// <summary>Stops Azurite cleanly (SIGTERM, then waits for the process to end and its ports to close).</summary>
    public async Task StopAsync()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        // From SIGTERM on Azurite accepts nothing new; closing its listeners can take seconds while keep-alive
        // connections time out, and only then does it save its metadata and exit.
        ProcessSignals.Terminate(process.Id);
        using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(exited.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        _process = null;
        await Deadline.UntilAsync(async () => !await FreePorts.AnswersAsync(_blobPort), TimeSpan.FromSeconds(10), "Azurite's blob port to close");
    }

    /// <summary>
    /// SIGSTOP: storage stops answering without refusing anything. Connections stay open and requests hang, as behind a
    /// partition, until <see cref="Resume"/>; then Azurite answers them late, so some land after their caller gave up.
    /// </summary>
    public void Freeze() => ProcessSignals.Stop(Running().Id);

    /// <summary>SIGCONT: the frozen Azurite answers again.</summary>
    public void Resume() => ProcessSignals.Continue(Running().Id);

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
            _process = null;
        }
    }

    private Process Running() => _process is { HasExited: false } process ? process : throw new InvalidOperationException("Azurite is not running.");
}
