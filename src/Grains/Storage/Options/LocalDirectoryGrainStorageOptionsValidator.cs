namespace GrainFlow.Storage;

/// <summary>Refuses to start a silo whose local-directory storage has no usable root directory.</summary>
public sealed class LocalDirectoryGrainStorageOptionsValidator : IConfigurationValidator
{
    /// <summary>The options being checked.</summary>
    private readonly LocalDirectoryGrainStorageOptions options;

    /// <summary>The provider name, so the error says which provider is misconfigured.</summary>
    private readonly string name;

    public LocalDirectoryGrainStorageOptionsValidator(LocalDirectoryGrainStorageOptions options, string name)
    {
        this.options = options;
        this.name = name;
    }

    public void ValidateConfiguration()
    {
        if (string.IsNullOrWhiteSpace(options.RootDirectory))
        {
            throw new OrleansConfigurationException(
                $"{nameof(LocalDirectoryGrainStorageOptions)}.{nameof(LocalDirectoryGrainStorageOptions.RootDirectory)} of storage provider '{name}' is not set.");
        }

        if (options.RootDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            throw new OrleansConfigurationException(
                $"{nameof(LocalDirectoryGrainStorageOptions)}.{nameof(LocalDirectoryGrainStorageOptions.RootDirectory)} of storage provider '{name}' is not a valid path: '{options.RootDirectory}'.");
        }
    }
}
