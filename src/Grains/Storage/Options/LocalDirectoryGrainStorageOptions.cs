using Orleans.Storage;

namespace GrainFlow.Storage;

/// <summary>
/// Options of a <see cref="LocalDirectoryGrainStorage"/> provider: where its files go and how state is serialized.
/// </summary>
public sealed class LocalDirectoryGrainStorageOptions : IStorageProviderSerializerOptions
{
    /// <summary>The directory that holds the provider's files; relative paths resolve against the working directory.</summary>
    public string RootDirectory { get; set; } = string.Empty;

    /// <summary>How grain state becomes bytes; Orleans' default is filled in when left unset.</summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;
}
