using GrainFlow.Silo.Demo;
using GrainFlow.Silo.Hosting;

// One process: an Orleans silo running the GrainFlow engine, and its REST API.
// The content root is the app's own folder, so appsettings.json is found from any working directory; the data
// directory (GrainFlow:DataDirectory, default ./.grainflow) stays relative to the working directory.
return await SiloRunner.RunAsync(() =>
{
    var commandLine = SiloCommandLine.Parse(args);
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = commandLine.HostArguments,
        ContentRootPath = AppContext.BaseDirectory,
    });

    builder.AddGrainFlowSilo()
        .AddGrainFlowDemo(commandLine.Mode);
    builder.Services.AddGrainFlowApi(builder.Configuration);

    var app = builder.Build();
    app.MapGrainFlowApi();
    return app;
});
