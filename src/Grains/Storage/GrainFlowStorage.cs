namespace GrainFlow.Storage;

/// <summary>
/// The fixed names under which GrainFlow's objects sit in Orleans grain storage. An object named <c>n</c> (from
/// <see cref="StorageNames"/>) is stored as state <see cref="StateName"/> of the synthetic grain
/// <c>GrainId.Create(<see cref="GrainType"/>, n)</c> in the keyed provider <see cref="ProviderName"/>; the Azure blob
/// provider turns that into the blob <c>v1-grainflow-snapshot/n.json</c>, the local-directory provider into the file
/// <c>v1/grainflow-snapshot/n.state</c> under its root. The state name doubles as the layout version.
/// </summary>
public static class GrainFlowStorage
{
    /// <summary>The key of the <c>IGrainStorage</c> provider that holds snapshots, metadata and records.</summary>
    public const string ProviderName = "grainflow-snapshots";

    /// <summary>The grain state name every object is stored under.</summary>
    public const string StateName = "v1";

    /// <summary>The grain type of the synthetic grain ids; no grain of this type is ever activated.</summary>
    public const string GrainType = "grainflow-snapshot";
}
