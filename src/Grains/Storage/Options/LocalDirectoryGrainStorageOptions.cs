using Orleans.Storage;

namespace GrainFlow.Storage;

/// <summary>
/// Options of a <see cref="LocalDirectoryGrainStorage"/> provider: where its files go and how state is serialized.
/// </summary>
public sealed class LocalDirectoryGrainStorageOptions : IStorageProviderSerializerOptions
{
    /// <summary>The directory that holds the provider's files; relative paths resolve against the working directory.</summary>
    public string RootDirectory { get; set; } = string.Empty;

    /// <summary>
    /// Whether each write is flushed to the device (<c>fsync</c>) before it is renamed into place; default true. A
    /// write is atomic and survives the silo's crash either way, because the operating system's page cache outlives
    /// the process; what the flush adds is survival of the machine's own crash or power loss. It costs every byte
    /// written: at 100 ms checkpoints of 1 M keys that is some 130 MB/s to disk, where unflushed snapshot files are
    /// mostly deleted, superseded, before the kernel writes them back at all. Flink's <c>file://</c> checkpoint
    /// storage does not flush; turn this off for the same trade where a machine's loss loses its directory anyway.
    /// </summary>
    public bool FlushToDisk { get; set; } = true;

    /// <summary>How grain state becomes bytes; Orleans' default is filled in when left unset.</summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;
}
