namespace GrainFlow.Storage;

/// <summary>Which medium holds GrainFlow's snapshots, metadata and records (<c>GrainFlow:Storage:Mode</c>).</summary>
public enum GrainFlowStorageMode
{
    /// <summary>Files under the data directory: the embedded default, durable across restarts of one machine.</summary>
    LocalDirectory = 0,

    /// <summary>Azure blob storage (or Azurite): shared by every silo, survives the loss of any of them.</summary>
    AzureBlob = 1,

    /// <summary>Orleans memory storage: tests only; lost when the silo holding it stops.</summary>
    Memory = 2,
}
