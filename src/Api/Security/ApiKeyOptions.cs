namespace GrainFlow.Api.Security;

/// <summary>One configured API key (<c>GrainFlow:Api:Keys:n:Key</c> and <c>:Role</c>) and the role it grants.</summary>
public sealed class ApiKeyOptions
{
    public string Key { get; set; } = string.Empty;

    public ApiRole Role { get; set; } = ApiRole.Read;
}
