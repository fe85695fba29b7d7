namespace GrainFlow.Api.Security;

/// <summary>What an API key may do; each role includes the ones below it (admin &gt; operate &gt; read).</summary>
public enum ApiRole
{
    /// <summary>Reads jobs, checkpoints and savepoints.</summary>
    Read = 1,

    /// <summary>Also submits, cancels and stops jobs and triggers checkpoints and savepoints.</summary>
    Operate = 2,

    /// <summary>Also deletes savepoints.</summary>
    Admin = 3,
}
