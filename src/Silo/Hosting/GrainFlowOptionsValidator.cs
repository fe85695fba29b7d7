using GrainFlow.Hosting;
using Orleans.Runtime;

namespace GrainFlow.Silo.Hosting;

/// <summary>
/// Checks the engine settings the host read from configuration before the silo is built: a data directory is
/// required, and every allowed root must be absolute, because a relative root would silently depend on the
/// working directory the silo happened to start in.
/// </summary>
public static class GrainFlowOptionsValidator
{
    public static void Validate(GrainFlowOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            throw new OrleansConfigurationException($"{GrainFlowConfigurationKeys.DataDirectory} must not be empty.");
        }

        foreach (var root in options.AllowedRoots)
        {
            if (string.IsNullOrWhiteSpace(root) || !Path.IsPathFullyQualified(root))
            {
                throw new OrleansConfigurationException(
                    $"{GrainFlowConfigurationKeys.AllowedRoots} lists '{root}', which is not an absolute directory.");
            }
        }
    }
}
