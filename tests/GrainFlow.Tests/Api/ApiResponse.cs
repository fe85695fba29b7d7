using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;

namespace GrainFlow.Tests.Api;

/// <summary>An HTTP answer read once: its status, headers and JSON body, with helpers for problem details.</summary>
public sealed class ApiResponse
{
    private ApiResponse(HttpResponseMessage message, string body)
    {
        Status = message.StatusCode;
        Message = message;
        Body = body;
    }

    public HttpStatusCode Status { get; }

    public HttpResponseMessage Message { get; }

    public string Body { get; }

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public static async Task<ApiResponse> SendAsync(HttpClient http, HttpMethod method, string path, string? json = null, string? key = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (key is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        }

        var message = await http.SendAsync(request);
        return new ApiResponse(message, await message.Content.ReadAsStringAsync());
    }

    /// <summary>Asserts the status and that the body is problem details; returns the problem.</summary>
    public JsonElement Problem(HttpStatusCode expected)
    {
        Assert.True(expected == Status, $"expected {(int)expected}, got {(int)Status}: {Body}");
        Assert.Equal("application/problem+json", Message.Content.Headers.ContentType?.MediaType);
        var problem = Json;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("   at ", Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), Body, StringComparison.Ordinal);
        return problem;
    }

    /// <summary>The field names of a validation problem's <c>errors</c> map.</summary>
    public IReadOnlyList<string> ErrorFields(HttpStatusCode expected) =>
        Problem(expected).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
}
