namespace GrainFlow.Api.Contracts;

/// <summary>The answer to a job submission (201): the server-generated id the job is addressed by from then on.</summary>
public sealed record JobCreatedResponse(string JobId);
