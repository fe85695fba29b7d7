using GrainFlow.IntegrationTests.Api;
using GrainFlow.IntegrationTests.Processes;

namespace GrainFlow.IntegrationTests.Cluster;

/// <summary>
/// A whole GrainFlow service on this machine for one test: its own Azurite and <c>n</c> silo processes in one
/// Azure Table cluster, a folder for their logs, storage and the job output, and the API of whichever silos serve.
/// Disposing kills every process, even when the test failed; the folder is kept (and named) unless the test passed,
/// because the silo logs are what explains a failure.
/// </summary>
public sealed class FaultCluster : IAsyncDisposable
{
    private readonly List<SiloProcess> _silos = [];
    private bool _passed;

    private FaultCluster(string directory)
    {
        Directory = directory;
        OutputRoot = System.IO.Directory.CreateDirectory(Path.Combine(directory, "output")).FullName;
        Azurite = new AzuriteProcess(directory);
        Settings = SiloSettings.ForRun(Azurite.ConnectionString, OutputRoot);
        Api = new ClusterApi(() => _silos, Settings.ApiKey);
        Membership = new MembershipTable(Azurite.ConnectionString, Settings.ClusterId);
    }

    public string Directory { get; }

    /// <summary>The one directory job specs may write to (<c>GrainFlow:Files:AllowedRoots</c>).</summary>
    public string OutputRoot { get; }

    public AzuriteProcess Azurite { get; }

    public SiloSettings Settings { get; }

    public ClusterApi Api { get; }

    public MembershipTable Membership { get; }

    public IReadOnlyList<SiloProcess> Silos => _silos;

    public static async Task<FaultCluster> StartAsync(int silos, string name)
    {
        var directory = System.IO.Directory.CreateDirectory(
            Path.Combine(Path.GetTempPath(), $"grainflow-{name}-{DateTime.UtcNow:HHmmss}-{Guid.NewGuid().ToString("N")[..6]}")).FullName;
        var cluster = new FaultCluster(directory);
        try
        {
            await cluster.Azurite.StartAsync();
            for (var i = 0; i < silos; i++)
            {
                cluster._silos.Add(new SiloProcess($"silo{i}", cluster.Settings, directory));
            }

            await Task.WhenAll(cluster._silos.Select(s => s.StartAsync()));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>The serving silo that most recently activated <paramref name="job"/>'s checkpoint coordinator.</summary>
    public SiloProcess? CoordinatorHost(string job) =>
        _silos.Where(s => s.IsServing && s.CoordinatorActivatedAt(job) is not null).MaxBy(s => s.CoordinatorActivatedAt(job));

    /// <summary>Call last in a test that passed: its folder is then deleted on dispose.</summary>
    public void MarkPassed() => _passed = true;

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_silos.Select(s => s.DisposeAsync().AsTask()));
        await Azurite.DisposeAsync();
        Api.Dispose();
        if (_passed)
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open leaves the folder in the temp directory; nothing depends on it.
            }
        }
        else
        {
            Console.WriteLine($"Fault test files kept in {Directory}");
        }
    }
}
