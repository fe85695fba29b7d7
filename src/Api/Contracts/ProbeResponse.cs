namespace GrainFlow.Api.Contracts;

/// <summary>The body of a passing health probe: which probe passed (<c>live</c> or <c>ready</c>).</summary>
public sealed record ProbeResponse(string Status);
