using Xunit;
using Azure.Storage.Blobs;
using GrainFlow.Storage;

namespace GrainFlow.Tests.Storage;

/// <summary>
/// Azure blob mode against Azurite (or any account) named by <c>GRAINFLOW_TEST_AZURE_STORAGE</c>, in a container of
/// its own per run; the raw medium is the blob, reached with the Azure SDK. <c>bash tests/run.sh</c> starts Azurite.
/// </summary>
public sealed class AzureBlobBackendFixture : StorageBackendFixture
{
    /// <summary>The Azurite development account on loopback, used when the variable is unset.</summary>
    public const string AzuriteConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;" +
        "TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;";

    /// <summary>This run's container, so runs never see each other's objects; deleted afterwards.</summary>
    private readonly string containerName = "gf-test-" + Guid.NewGuid().ToString("n");

    private static string ConnectionString =>
        Environment.GetEnvironmentVariable("GRAINFLOW_TEST_AZURE_STORAGE") is { Length: > 0 } configured ? configured : AzuriteConnectionString;

    private BlobContainerClient Container => new BlobServiceClient(ConnectionString).GetBlobContainerClient(containerName);

    protected override void Configure(GrainFlowStorageOptions options)
    {
        options.Mode = GrainFlowStorageMode.AzureBlob;
        options.AzureConnectionString = ConnectionString;
        options.ContainerName = containerName;
    }

    /// <summary>The blob name Orleans' blob provider gives (state name, grain id): <c>{state}-{grainId}.json</c>.</summary>
    public static string BlobNameOf(string location) =>
        $"{GrainFlowStorage.StateName}-{GrainId.Create(GrainFlowStorage.GrainType, location)}.json";

    public override async Task<byte[]> ReadRawAsync(string location) =>
        (await Container.GetBlobClient(BlobNameOf(location)).DownloadContentAsync()).Value.Content.ToArray();

    public override Task WriteRawAsync(string location, byte[] bytes) =>
        Container.GetBlobClient(BlobNameOf(location)).UploadAsync(new BinaryData(bytes), overwrite: true);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Container.DeleteIfExistsAsync();
    }
}
