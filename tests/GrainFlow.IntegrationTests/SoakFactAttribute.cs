using Xunit;

namespace GrainFlow.IntegrationTests;

/// <summary>A fact that runs only when <c>GRAINFLOW_SOAK=1</c>: soak runs take too long for every CI build.</summary>
public sealed class SoakFactAttribute : FactAttribute
{
    public const string Variable = "GRAINFLOW_SOAK";

    public SoakFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"Soak test: set {Variable}=1 to run it.";
        }
    }
}
