using System.Text.RegularExpressions;

namespace GrainFlow.Storage;

/// <summary>
/// Checks <see cref="GrainFlowStorageOptions"/> when storage is registered, so a misconfigured silo fails at start
/// with the offending setting named rather than at its first checkpoint.
/// </summary>
public static partial class GrainFlowStorageOptionsValidator
{
    public static void Validate(GrainFlowStorageOptions options)
    {
        switch (options.Mode)
        {
            case GrainFlowStorageMode.LocalDirectory when string.IsNullOrWhiteSpace(options.DataDirectory):
                throw Invalid(nameof(options.DataDirectory), "is required in LocalDirectory mode.");
            case GrainFlowStorageMode.AzureBlob when string.IsNullOrWhiteSpace(options.AzureConnectionString):
                throw Invalid(nameof(options.AzureConnectionString), "is required in AzureBlob mode (ConnectionStrings:AzureStorage).");
            case GrainFlowStorageMode.AzureBlob when !ContainerNamePattern().IsMatch(options.ContainerName):
                throw Invalid(nameof(options.ContainerName),
                    $"'{options.ContainerName}' is not a valid blob container name (3-63 lowercase letters, digits and single hyphens).");
            case GrainFlowStorageMode.LocalDirectory or GrainFlowStorageMode.AzureBlob or GrainFlowStorageMode.Memory:
                return;
            default:
                throw Invalid(nameof(options.Mode), $"'{options.Mode}' is not a storage mode.");
        }
    }

    private static OrleansConfigurationException Invalid(string setting, string problem) =>
        new($"{nameof(GrainFlowStorageOptions)}.{setting} {problem}");

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ContainerNamePattern();
}
