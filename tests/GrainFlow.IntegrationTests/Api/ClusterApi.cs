using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GrainFlow.IntegrationTests.Processes;

namespace GrainFlow.IntegrationTests.Api;

/// <summary>
/// The REST API of a cluster under faults: every call goes to a silo that is serving at that moment and moves on
/// to the next one when a silo does not answer or answers with a server error (its silo may have just died, or the
/// grain it asked may be moving), until a deadline. The API answers from every silo, so any serving one will do.
/// Only reads are asked again after a timeout; a command that timed out may have been applied.
/// </summary>
public sealed class ClusterApi(Func<IReadOnlyList<SiloProcess>> silos, string apiKey) : IDisposable
{
    private static readonly TimeSpan CallDeadline = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(200);
    /// <summary>A read that takes longer is asked again elsewhere; a submission or command is never sent twice.</summary>
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private int _next;

    public async Task<string> SubmitAsync(string spec)
    {
        var created = await SendAsync(HttpMethod.Post, "/api/jobs", spec, HttpStatusCode.Created);
        return created.GetProperty("jobId").GetString()!;
    }

    public async Task<JobState> GetJobAsync(string job)
    {
        var json = await SendAsync(HttpMethod.Get, $"/api/jobs/{job}", null, HttpStatusCode.OK);
        return new JobState(json.GetProperty("status").GetString()!, json.GetProperty("attempt").GetInt32(),
            json.GetProperty("restarts").GetInt32(), json.GetProperty("failureCause").GetString());
    }

    public async Task<CheckpointsView> GetCheckpointsAsync(string job)
    {
        var json = await SendAsync(HttpMethod.Get, $"/api/jobs/{job}/checkpoints", null, HttpStatusCode.OK);
        var counts = json.GetProperty("counts");
        var latest = json.GetProperty("latest").GetProperty("completed");
        return new CheckpointsView(counts.GetProperty("completed").GetInt64(), counts.GetProperty("failed").GetInt64(),
            counts.GetProperty("inProgress").GetInt64(), counts.GetProperty("restored").GetInt64(),
            latest.ValueKind == JsonValueKind.Null ? null : Checkpoint(latest),
            json.GetProperty("history").EnumerateArray().Select(Checkpoint).ToList());
    }

    public Task CancelAsync(string job) => SendAsync(HttpMethod.Post, $"/api/jobs/{job}/cancel", null, HttpStatusCode.Accepted);

    public void Dispose() => _http.Dispose();

    private static CheckpointView Checkpoint(JsonElement json) => new(
        long.Parse(json.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
        json.GetProperty("status").GetString()!,
        json.GetProperty("triggeredAt").GetDateTimeOffset(),
        json.GetProperty("durationMs").ValueKind == JsonValueKind.Null ? null : json.GetProperty("durationMs").GetInt64());

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, string? body, HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow + CallDeadline;
        var failures = new List<string>();
        while (true)
        {
            var serving = silos().Where(s => s.IsServing).ToList();
            if (serving.Count > 0)
            {
                var silo = serving[Interlocked.Increment(ref _next) % serving.Count];
                try
                {
                    using var request = new HttpRequestMessage(method, new Uri(silo.ApiAddress, path));
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
                    if (body is not null)
                    {
                        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                    }

                    using var timeout = new CancellationTokenSource(method == HttpMethod.Get ? ReadTimeout : CommandTimeout);
                    using var response = await _http.SendAsync(request, timeout.Token);
                    var text = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode == expected)
                    {
                        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
                    }

                    if ((int)response.StatusCode < 500)
                    {
                        throw new InvalidOperationException($"{method} {path} on {silo.Name} answered {(int)response.StatusCode}: {text}");
                    }

                    failures.Add($"{silo.Name}: {(int)response.StatusCode} {text}");
                }
                catch (Exception e) when (method != HttpMethod.Get && e is not HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError })
                {
                    // Sent, so the silo may have applied it: asking again could submit a second job.
                    throw new InvalidOperationException($"{method} {path} on {silo.Name} was sent but got no answer: {e.Message}", e);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failures.Add($"{silo.Name}: {e.GetType().Name} {e.Message}");
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{method} {path} found no silo to answer it within {CallDeadline.TotalSeconds:0} s; last answers: "
                    + string.Join(" | ", failures.TakeLast(5)));
            }

            await Task.Delay(RetryPause);
        }
    }
}
