using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Hosting;
using Xunit;

namespace GrainFlow.Tests.Api;

/// <summary>
/// A real GrainFlow process as the Silo host runs it: one WebApplication on a free loopback port hosting an Orleans
/// silo (localhost clustering on free ports, local-directory storage in a temporary folder) and the REST API, with an
/// <see cref="HttpClient"/> pointed at the bound address. Subclasses choose the API configuration.
/// </summary>
public abstract class ApiHost : IAsyncLifetime
{
    private WebApplication? _app;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "grainflow-api-" + Guid.NewGuid().ToString("n")[..8]);

    public HttpClient Http { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    /// <summary>The <c>GrainFlow:Api</c> settings of this host, as configuration key/value pairs.</summary>
    protected abstract IReadOnlyDictionary<string, string?> Settings { get; }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(FreePorts.Next(), FreePorts.Next(), serviceId: "api-tests", clusterId: "api-" + Guid.NewGuid().ToString("n")[..8])
            .AddGrainFlow(options => options.DataDirectory = DataDirectory));
        builder.Services.AddGrainFlowApi(builder.Configuration);
        _app = builder.Build();
        _app.MapGrainFlowApi();
        await _app.StartAsync();
        Http = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    /// <summary>The directory a spec's relative sink path <paramref name="path"/> resolves to.</summary>
    public string FilesDirectory(string path) => Path.Combine(DataDirectory, "files", path);
}
