namespace GrainFlow.Api.Security;

/// <summary>
/// The API's configuration cannot be served safely (an invalid key list, or no keys on a non-loopback address). It is
/// thrown while the host starts so the process exits with the reason instead of serving anyone it should not.
/// </summary>
public sealed class ApiConfigurationException(string message) : Exception(message);
