using Microsoft.AspNetCore.Hosting;

namespace GrainFlow.Silo.Hosting;

/// <summary>
/// Makes a <see cref="WebApplicationBuilder"/> a GrainFlow silo: the web host listens on
/// <see cref="DefaultUrl"/> unless <c>--urls</c>, <c>ASPNETCORE_URLS</c> or <c>ASPNETCORE_HTTP_PORTS</c> say
/// otherwise, and the process hosts an Orleans silo clustered and running the engine as configuration says.
/// </summary>
public static class GrainFlowSiloHostExtensions
{
    /// <summary>Loopback only: the API has no authentication until it is configured, so it is not exposed by default.</summary>
    public const string DefaultUrl = "http://127.0.0.1:8080";

    public static WebApplicationBuilder AddGrainFlowSilo(this WebApplicationBuilder builder)
    {
        if (!ListenAddressConfigured(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.UseOrleans(silo => silo
            .UseGrainFlowClustering(builder.Configuration)
            .AddGrainFlow(builder.Configuration));
        return builder;
    }

    /// <summary>
    /// A default written into appsettings.json would override <c>ASPNETCORE_URLS</c> (prefixed environment variables
    /// load before it), so the default is applied in code and only when nothing else chose an address.
    /// </summary>
    private static bool ListenAddressConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
        || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
        || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
        || configuration.GetSection("Kestrel:Endpoints").Exists();
}
