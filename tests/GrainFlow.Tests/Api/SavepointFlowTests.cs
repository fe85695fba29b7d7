using System.Net;
using System.Text.Json;
using GrainFlow.Tests.Engine;
using Xunit;

namespace GrainFlow.Tests.Api;

/// <summary>
/// The savepoint lifecycle end to end over HTTP against a real silo: checkpoints grow, a savepoint completes and is
/// listed, stop-with-savepoint ends the job <c>stopped</c>, a new job resumes from it at another parallelism and the
/// combined output equals the failure-free answer; a restore that would drop state is refused unless allowed.
/// </summary>
[Collection(ApiCollections.Loopback)]
public sealed class SavepointFlowTests(LoopbackApiHost host)
{
    private readonly ApiCalls _api = new(host.Http);

    [Fact]
    public async Task A_job_stopped_with_a_savepoint_resumes_at_another_parallelism_with_the_failure_free_sums()
    {
        var answer = new GeneratorAnswer(200_000, 100);
        var first = await _api.SubmitAsync(ApiSpecs.KeyedSums("flow", answer.Count, answer.Keys, 20_000, "flow-before", sumParallelism: 2));
        Assert.Equal("running", (await _api.WaitForStatusAsync(first, "running")).GetProperty("status").GetString());

        var checkpoints = await _api.WaitForAsync($"/api/jobs/{first}/checkpoints",
            c => c.GetProperty("counts").GetProperty("completed").GetInt64() >= 2, "two completed checkpoints");
        var completed = checkpoints.GetProperty("history").EnumerateArray()
            .Where(c => c.GetProperty("status").GetString() == "completed").ToList();
        var ids = completed.Select(c => long.Parse(c.GetProperty("id").GetString()!)).ToList();
        Assert.Equal(ids.OrderDescending(), ids);
        Assert.All(completed, c => Assert.True(c.GetProperty("stateBytes").GetInt64() > 0, c.ToString()));
        Assert.All(completed, c => Assert.Equal(c.GetProperty("stateBytes").GetInt64(), c.GetProperty("checkpointedBytes").GetInt64()));
        Assert.All(completed, c => Assert.Equal("checkpoint", c.GetProperty("kind").GetString()));

        var config = (await _api.GetAsync($"/api/jobs/{first}/checkpoints/config")).Json;
        Assert.Equal(200, config.GetProperty("intervalMs").GetInt64());
        Assert.Equal("exactlyOnce", config.GetProperty("mode").GetString());
        Assert.False(config.GetProperty("incremental").GetBoolean());

        var details = (await _api.GetAsync($"/api/jobs/{first}/checkpoints/{ids[0]}")).Json;
        Assert.Equal(5, details.GetProperty("numberOfSubtasks").GetInt32());
        Assert.Equal(5, details.GetProperty("subtasks").GetArrayLength());
        Assert.Equal(["events", "events", "out", "sums", "sums"],
            details.GetProperty("subtasks").EnumerateArray().Select(s => s.GetProperty("uid").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(details.GetProperty("checkpointedBytes").GetInt64(),
            details.GetProperty("subtasks").EnumerateArray().Sum(s => s.GetProperty("checkpointedBytes").GetInt64()));

        var trigger = await _api.PostAsync($"/api/jobs/{first}/checkpoints");
        Assert.Equal(HttpStatusCode.Accepted, trigger.Status);
        Assert.True(long.Parse(trigger.Json.GetProperty("requestId").GetString()!) > ids[0]);

        var savepoint = await SavepointAsync(first, await _api.PostAsync($"/api/jobs/{first}/savepoints"));
        var listed = (await _api.GetAsync("/api/savepoints")).Json.EnumerateArray().Single(s => s.GetProperty("savepointId").GetString() == savepoint);
        Assert.Equal(first, listed.GetProperty("jobId").GetString());
        Assert.Equal("flow", listed.GetProperty("jobName").GetString());

        var stop = await _api.PostAsync($"/api/jobs/{first}/stop");
        Assert.Equal(HttpStatusCode.Accepted, stop.Status);
        var stopSavepoint = await SavepointAsync(first, stop);
        await _api.WaitForStatusAsync(first, "stopped");
        var latest = (await _api.GetAsync($"/api/jobs/{first}/checkpoints")).Json.GetProperty("latest").GetProperty("savepoint");
        Assert.Equal("savepointThenStop", latest.GetProperty("kind").GetString());

        var inspected = (await _api.GetAsync($"/api/savepoints/{stopSavepoint}")).Json;
        Assert.Equal(128, inspected.GetProperty("maxParallelism").GetInt32());
        var sums = inspected.GetProperty("operators").EnumerateArray().Single(o => o.GetProperty("uid").GetString() == "sums");
        Assert.Equal("[{\"start\":0,\"end\":63},{\"start\":64,\"end\":127}]", sums.GetProperty("keyGroups").GetRawText());
        Assert.Equal("flow", inspected.GetProperty("spec").GetProperty("name").GetString());

        var resumed = ApiSpecs.KeyedSums("flow-resumed", answer.Count, answer.Keys, 0, "flow-after", sumParallelism: 3,
            extra: $", \"fromSavepoint\": \"{stopSavepoint}\"");
        var second = await _api.SubmitAsync(resumed);
        await _api.WaitForStatusAsync(second, "finished");
        var restored = (await _api.GetAsync($"/api/jobs/{second}/checkpoints")).Json;
        Assert.Equal(1, restored.GetProperty("counts").GetProperty("restored").GetInt64());

        var output = SinkOutput.Combine(SinkOutput.Read(host.FilesDirectory("flow-before")), SinkOutput.Read(host.FilesDirectory("flow-after")));
        ExactlyOnceRecoveryTests.AssertExactlyOnce(output, answer);

        Assert.Equal(HttpStatusCode.NoContent, (await _api.DeleteAsync($"/api/savepoints/{savepoint}")).Status);
        (await _api.GetAsync($"/api/savepoints/{savepoint}")).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_restore_that_would_drop_an_operators_state_is_refused_unless_allowed()
    {
        var job = await _api.SubmitAsync(ApiSpecs.KeyedSums("dropped", 1_000_000, 100, 20_000, "dropped-before"));
        await _api.WaitForAsync($"/api/jobs/{job}/checkpoints",
            c => c.GetProperty("counts").GetProperty("completed").GetInt64() >= 1, "a completed checkpoint");
        var savepoint = await SavepointAsync(job, await _api.PostAsync($"/api/jobs/{job}/savepoints"));
        Assert.Equal(HttpStatusCode.Accepted, (await _api.PostAsync($"/api/jobs/{job}/cancel")).Status);

        var renamed = ApiSpecs.KeyedSums("dropped-again", 1_000, 100, 0, "dropped-after", sumUid: "totals",
            extra: $", \"fromSavepoint\": \"{savepoint}\"");
        var refused = await _api.PostAsync("/api/jobs", renamed);
        var problem = refused.Problem(HttpStatusCode.Conflict);
        var message = problem.GetProperty("errors").GetProperty("fromSavepoint")[0].GetString();
        Assert.Contains("'sums'", message);

        var allowed = renamed.TrimEnd().TrimEnd('}') + ", \"allowNonRestoredState\": true }";
        var second = await _api.SubmitAsync(allowed);
        await _api.WaitForStatusAsync(second, "finished");
    }

    [Fact]
    public async Task A_restore_at_another_max_parallelism_is_refused_naming_the_field()
    {
        var job = await _api.SubmitAsync(ApiSpecs.KeyedSums("keygroups", 1_000_000, 100, 20_000, "keygroups"));
        await _api.WaitForAsync($"/api/jobs/{job}/checkpoints",
            c => c.GetProperty("counts").GetProperty("completed").GetInt64() >= 1, "a completed checkpoint");
        var savepoint = await SavepointAsync(job, await _api.PostAsync($"/api/jobs/{job}/savepoints"));
        await _api.PostAsync($"/api/jobs/{job}/cancel");

        var spec = ApiSpecs.KeyedSums("keygroups-again", 1_000, 100, 0, "keygroups-after",
            extra: $", \"maxParallelism\": 64, \"fromSavepoint\": \"{savepoint}\"");
        var refused = await _api.PostAsync("/api/jobs", spec);
        Assert.Equal(["maxParallelism"],
            refused.Problem(HttpStatusCode.Conflict).GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    /// <summary>Polls an accepted savepoint request until it completes; returns the savepoint id.</summary>
    private async Task<string> SavepointAsync(string job, ApiResponse accepted)
    {
        Assert.True(accepted.Status == HttpStatusCode.Accepted, accepted.Body);
        var request = accepted.Json.GetProperty("requestId").GetString()!;
        var done = await _api.WaitForAsync($"/api/jobs/{job}/savepoints/{request}",
            r => r.GetProperty("status").GetString() != "inProgress", $"savepoint request {request}");
        Assert.True(done.GetProperty("status").GetString() == "completed", done.ToString());
        Assert.Equal(JsonValueKind.Null, done.GetProperty("failure").ValueKind);
        return done.GetProperty("savepointId").GetString()!;
    }
}
