namespace GrainFlow.Silo.Hosting;

/// <summary>How silos find each other (<c>GrainFlow:Clustering:Mode</c>).</summary>
public enum ClusteringMode
{
    /// <summary>One machine, no shared store: the default for a developer's silo; the primary silo is a single point of failure.</summary>
    Localhost = 0,

    /// <summary>A membership table in Azure Table storage (or Azurite): any silo may die and the cluster carries on.</summary>
    AzureTable = 1,
}
