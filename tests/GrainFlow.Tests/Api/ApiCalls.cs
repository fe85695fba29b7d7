using System.Net;
using System.Text.Json;
using Xunit;

namespace GrainFlow.Tests.Api;

/// <summary>The API calls the tests make, with explicit waits (polling the API itself) instead of sleeps.</summary>
public sealed class ApiCalls(HttpClient http, string? key = null)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public Task<ApiResponse> GetAsync(string path) => ApiResponse.SendAsync(http, HttpMethod.Get, path, key: key);

    public Task<ApiResponse> PostAsync(string path, string? json = null) => ApiResponse.SendAsync(http, HttpMethod.Post, path, json, key);

    public Task<ApiResponse> DeleteAsync(string path) => ApiResponse.SendAsync(http, HttpMethod.Delete, path, key: key);

    public async Task<string> SubmitAsync(string json)
    {
        var response = await PostAsync("/api/jobs", json);
        Assert.True(response.Status == HttpStatusCode.Created, response.Body);
        return response.Json.GetProperty("jobId").GetString()!;
    }

    /// <summary>Polls <paramref name="path"/> until <paramref name="condition"/> holds on its JSON body.</summary>
    public async Task<JsonElement> WaitForAsync(string path, Func<JsonElement, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (true)
        {
            var response = await GetAsync(path);
            Assert.True(response.Status == HttpStatusCode.OK, response.Body);
            if (condition(response.Json))
            {
                return response.Json;
            }

            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}; last {path}: {response.Body}");
            await Task.Delay(PollInterval);
        }
    }

    public Task<JsonElement> WaitForStatusAsync(string job, string status) =>
        WaitForAsync($"/api/jobs/{job}", j => j.GetProperty("status").GetString() == status, $"job {job} {status}");
}
