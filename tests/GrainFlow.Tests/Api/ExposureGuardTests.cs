using GrainFlow.Api.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace GrainFlow.Tests.Api;

/// <summary>An API without keys stays on loopback: binding any other address refuses to start.</summary>
public sealed class ExposureGuardTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8080", true)]
    [InlineData("http://[::1]:8080", true)]
    [InlineData("http://localhost:8080", true)]
    [InlineData("http://0.0.0.0:8080", false)]
    [InlineData("http://*:8080", false)]
    [InlineData("http://+:8080", false)]
    [InlineData("http://10.1.2.3:8080", false)]
    public void A_bound_address_is_loopback_only_when_it_names_the_loopback_interface(string address, bool loopback) =>
        Assert.Equal(loopback, ApiExposureGuard.IsLoopback(address));

    [Fact]
    public async Task A_host_without_keys_bound_to_every_interface_refuses_to_start()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://0.0.0.0:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGrainFlowApi(builder.Configuration);
        await using var app = builder.Build();
        app.MapGrainFlowApi();

        var refusal = await Assert.ThrowsAsync<ApiConfigurationException>(() => app.StartAsync());
        Assert.StartsWith("The GrainFlow API has no API keys configured but listens on the non-loopback address(es) http://0.0.0.0:",
            refusal.Message);
        await app.StopAsync();
    }

    [Fact]
    public async Task A_host_with_keys_may_bind_every_interface()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://0.0.0.0:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GrainFlow:Api:Keys:0:Key"] = "k",
            ["GrainFlow:Api:Keys:0:Role"] = "read",
        });
        builder.Services.AddGrainFlowApi(builder.Configuration);
        await using var app = builder.Build();
        app.MapGrainFlowApi();

        await app.StartAsync();
        Assert.StartsWith("http://0.0.0.0:", app.Urls.Single());
        await app.StopAsync();
    }
}
