namespace GrainFlow.Silo.Hosting;

/// <summary>What the executable does besides running the silo, chosen on the command line.</summary>
public enum SiloRunMode
{
    /// <summary>Run the silo and wait for jobs.</summary>
    Serve = 0,

    /// <summary><c>--demo</c>: also submit the sample job and print each completed checkpoint.</summary>
    Demo = 1,
}
