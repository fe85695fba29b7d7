namespace GrainFlow.Storage;

/// <summary>The outcome of <see cref="ICheckpointMetadataStore.TryCreateAsync"/>.</summary>
public enum MetadataCreation
{
    /// <summary>This call wrote the metadata: the checkpoint is committed.</summary>
    Created = 0,

    /// <summary>Metadata already existed under the name and was left untouched; this call committed nothing.</summary>
    AlreadyExists = 1,
}
