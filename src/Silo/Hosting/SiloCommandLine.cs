namespace GrainFlow.Silo.Hosting;

/// <summary>
/// The executable's own switches, taken off the command line before the rest reaches ASP.NET's configuration.
/// <c>--demo</c> is a bare switch; left in, the configuration parser would take the next argument (say
/// <c>--urls</c>) as its value and lose it.
/// </summary>
public sealed record SiloCommandLine(SiloRunMode Mode, string[] HostArguments)
{
    public const string DemoSwitch = "--demo";

    public static SiloCommandLine Parse(string[] args)
    {
        var demo = args.Any(IsDemoSwitch);
        return new SiloCommandLine(demo ? SiloRunMode.Demo : SiloRunMode.Serve, args.Where(a => !IsDemoSwitch(a)).ToArray());
    }

    private static bool IsDemoSwitch(string argument) => string.Equals(argument, DemoSwitch, StringComparison.OrdinalIgnoreCase);
}
