using System.Globalization;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;

namespace GrainFlow.IntegrationTests.Faults;

/// <summary>
/// The snapshot objects of a cluster's jobs as blobs (through Azure.Storage.Blobs, beside the engine, as an operator
/// or a faulty disk would touch them). Names follow the engine's layout: <c>jobs/{job}/chk-{id}/{uid}/{index}.keyed</c>
/// under the grain storage prefix, with a <c>_metadata</c> object once a checkpoint completed.
/// </summary>
public sealed partial class SnapshotBlobs(string connectionString, string containerName)
{
    private readonly BlobContainerClient _container = new BlobServiceClient(connectionString).GetBlobContainerClient(containerName);

    /// <summary>
    /// The ids of <paramref name="job"/>'s checkpoints whose metadata (their commit point) exists, oldest first: the
    /// ones a restore may pick (the coordinator's persisted store may lag the newest metadata by one).
    /// </summary>
    public async Task<IReadOnlyList<long>> CompletedCheckpointsAsync(string job)
    {
        var completed = new List<long>();
        await foreach (var blob in _container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, prefix: null, CancellationToken.None))
        {
            if (MetadataName().Match(blob.Name) is { Success: true } match && match.Groups["job"].Value == job)
            {
                completed.Add(long.Parse(match.Groups["id"].Value, CultureInfo.InvariantCulture));
            }
        }

        return completed.Count > 0 ? [.. completed.Order()] : throw new InvalidOperationException($"Job {job} has no completed checkpoint in storage.");
    }

    /// <summary>The engine's object name of a keyed snapshot: what an error about it should name.</summary>
    public static string ObjectName(string job, long checkpoint, string uid, int index) => $"jobs/{job}/chk-{checkpoint}/{uid}/{index}.keyed";

    /// <summary>Damages the object as <paramref name="corruption"/> says; <paramref name="donor"/> supplies foreign bytes.</summary>
    public async Task CorruptAsync(string objectName, SnapshotCorruption corruption, string? donor = null)
    {
        var blob = _container.GetBlobClient(await BlobNameAsync(objectName));
        var bytes = (await blob.DownloadContentAsync()).Value.Content.ToArray();
        byte[] damaged = corruption switch
        {
            SnapshotCorruption.Truncated => bytes[..(bytes.Length / 2)],
            SnapshotCorruption.ZeroLength => [],
            SnapshotCorruption.BitFlipped => Flip(bytes),
            SnapshotCorruption.ForeignJob => (await _container.GetBlobClient(await BlobNameAsync(donor!)).DownloadContentAsync()).Value.Content.ToArray(),
            _ => throw new ArgumentOutOfRangeException(nameof(corruption)),
        };
        await blob.UploadAsync(BinaryData.FromBytes(damaged), overwrite: true);
    }

    private static byte[] Flip(byte[] bytes)
    {
        var flipped = bytes.ToArray();
        flipped[flipped.Length / 2] ^= 0x10;
        return flipped;
    }

    private async Task<string> BlobNameAsync(string objectName)
    {
        await foreach (var blob in _container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, prefix: null, CancellationToken.None))
        {
            if (blob.Name.Contains("/" + objectName + ".", StringComparison.Ordinal))
            {
                return blob.Name;
            }
        }

        throw new InvalidOperationException($"No blob holds the object {objectName}.");
    }

    [GeneratedRegex(@"/jobs/(?<job>[^/]+)/chk-(?<id>\d+)/_metadata\.")]
    private static partial Regex MetadataName();
}
