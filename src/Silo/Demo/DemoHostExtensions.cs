using GrainFlow.Silo.Hosting;

namespace GrainFlow.Silo.Demo;

/// <summary>Adds <see cref="DemoJobService"/> to the host when the command line asked for <c>--demo</c>.</summary>
public static class DemoHostExtensions
{
    public static WebApplicationBuilder AddGrainFlowDemo(this WebApplicationBuilder builder, SiloRunMode mode)
    {
        if (mode == SiloRunMode.Demo)
        {
            builder.Services.AddHostedService<DemoJobService>();
        }

        return builder;
    }
}
