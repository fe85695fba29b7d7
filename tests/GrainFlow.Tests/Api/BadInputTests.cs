using System.Net;
using Xunit;

namespace GrainFlow.Tests.Api;

/// <summary>Every class of bad input gets its 4xx as problem details naming the field or id; never a 500.</summary>
[Collection(ApiCollections.Loopback)]
public sealed class BadInputTests(LoopbackApiHost host)
{
    private readonly ApiCalls _api = new(host.Http);

    private static string Operators(string operators) => $$"""{ "name": "bad", "operators": [ {{operators}} ] }""";

    private const string Source = """{ "uid": "events", "type": "generator", "parallelism": 1, "config": { "count": 10, "keys": 2 } }""";
    private const string Sink = """{ "uid": "out", "type": "fileSink", "parallelism": 1, "inputs": [ { "from": "events", "partitioning": "rebalance" } ], "config": { "path": "bad" } }""";

    [Fact]
    public async Task Malformed_json_is_a_400_naming_the_root_field()
    {
        var response = await _api.PostAsync("/api/jobs", """{ "name": "x", "operators": [ """);
        Assert.Equal(["$"], response.ErrorFields(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Missing_required_fields_are_a_400_naming_each_field()
    {
        var response = await _api.PostAsync("/api/jobs", """{ "maxParallelism": 128 }""");
        Assert.Equal(["name", "operators"], response.ErrorFields(HttpStatusCode.BadRequest).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unknown_operator_type_is_a_400_naming_the_type_field()
    {
        var response = await _api.PostAsync("/api/jobs", Operators(Source.Replace("generator", "teleporter") + "," + Sink));
        Assert.Equal(["operators[0].type"], response.ErrorFields(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_duplicate_uid_is_a_400_naming_the_second_uid()
    {
        var response = await _api.PostAsync("/api/jobs", Operators(Source + "," + Sink + "," + Sink));
        Assert.Equal(["operators[2].uid"], response.ErrorFields(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task An_unknown_input_is_a_400_naming_the_input()
    {
        var response = await _api.PostAsync("/api/jobs", Operators(Source + "," + Sink.Replace("\"from\": \"events\"", "\"from\": \"nowhere\"")));
        Assert.Contains("operators[1].inputs[0].from", response.ErrorFields(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_cycle_is_a_400_naming_an_input_on_the_cycle()
    {
        const string a = """{ "uid": "a", "type": "keyedSum", "parallelism": 1, "inputs": [ { "from": "events", "partitioning": "hash", "keyBy": "key" }, { "from": "b", "partitioning": "hash", "keyBy": "key" } ], "config": { "field": "value" } }""";
        const string b = """{ "uid": "b", "type": "keyedSum", "parallelism": 1, "inputs": [ { "from": "a", "partitioning": "hash", "keyBy": "key" } ], "config": { "field": "value" } }""";
        const string sink = """{ "uid": "out", "type": "fileSink", "parallelism": 1, "inputs": [ { "from": "b" } ], "config": { "path": "bad" } }""";
        var response = await _api.PostAsync("/api/jobs", Operators(Source + "," + a + "," + b + "," + sink));
        var fields = response.ErrorFields(HttpStatusCode.BadRequest);
        Assert.Contains(fields, f => f is "operators[1].inputs[1].from" or "operators[2].inputs[0].from");
    }

    [Fact]
    public async Task A_parallelism_of_zero_is_a_400_naming_the_parallelism()
    {
        var response = await _api.PostAsync("/api/jobs", Operators(Source.Replace("\"parallelism\": 1", "\"parallelism\": 0") + "," + Sink));
        Assert.Equal(["operators[0].parallelism"], response.ErrorFields(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_parallelism_above_max_parallelism_is_a_400_naming_the_parallelism()
    {
        var response = await _api.PostAsync("/api/jobs", Operators(Source.Replace("\"parallelism\": 1", "\"parallelism\": 129") + "," + Sink));
        Assert.Equal(["operators[0].parallelism"], response.ErrorFields(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_request_field_of_the_wrong_type_is_a_400_naming_it()
    {
        var response = await _api.PostAsync("/api/jobs", ApiSpecs.Tiny("typed").TrimEnd().TrimEnd('}') + """, "allowNonRestoredState": "yes" }""");
        Assert.Equal(["allowNonRestoredState"], response.ErrorFields(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task An_incremental_flag_that_is_not_a_boolean_is_a_400_naming_it()
    {
        var response = await _api.PostAsync("/api/jobs", ApiSpecs.Tiny("flag").Replace("\"intervalMs\": 200", "\"intervalMs\": 200, \"incremental\": \"yes\""));
        var problem = response.Problem(HttpStatusCode.BadRequest);
        Assert.Equal(["checkpointing.incremental"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal("must be a boolean, not a string", problem.GetProperty("errors").GetProperty("checkpointing.incremental")[0].GetString());
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_is_a_413()
    {
        var padding = new string(' ', 1024 * 1024);
        var response = await _api.PostAsync("/api/jobs", "{" + padding + "}");
        var problem = response.Problem(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("The request body exceeds the limit of 1048576 bytes.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_job_is_a_404_naming_the_job_id()
    {
        var response = await _api.GetAsync("/api/jobs/nosuchjob");
        var problem = response.Problem(HttpStatusCode.NotFound);
        Assert.Equal("nosuchjob", problem.GetProperty("jobId").GetString());
        Assert.Equal("No job 'nosuchjob' exists.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_job_id_that_could_escape_a_storage_name_is_a_404_naming_it()
    {
        var response = await _api.GetAsync("/api/jobs/..%2E/checkpoints");
        Assert.Equal("...", response.Problem(HttpStatusCode.NotFound).GetProperty("jobId").GetString());
    }

    [Fact]
    public async Task An_unknown_savepoint_is_a_404_naming_the_savepoint_id()
    {
        var response = await _api.GetAsync("/api/savepoints/sp-missing");
        Assert.Equal("sp-missing", response.Problem(HttpStatusCode.NotFound).GetProperty("savepointId").GetString());
    }

    [Fact]
    public async Task An_unknown_savepoint_request_checkpoint_and_a_conflicting_cancel_of_a_finished_job_are_named()
    {
        var job = await _api.SubmitAsync(ApiSpecs.Tiny("finishes"));
        await _api.WaitForStatusAsync(job, "finished");

        var request = await _api.GetAsync($"/api/jobs/{job}/savepoints/req-missing");
        Assert.Equal("req-missing", request.Problem(HttpStatusCode.NotFound).GetProperty("requestId").GetString());

        var checkpoint = await _api.GetAsync($"/api/jobs/{job}/checkpoints/999999");
        Assert.Equal("999999", checkpoint.Problem(HttpStatusCode.NotFound).GetProperty("checkpointId").GetString());

        var cancel = await _api.PostAsync($"/api/jobs/{job}/cancel");
        var conflict = cancel.Problem(HttpStatusCode.Conflict);
        Assert.Equal("finished", conflict.GetProperty("jobStatus").GetString());
        Assert.Equal($"Job '{job}' is finished; it cannot be canceled.", conflict.GetProperty("detail").GetString());
    }
}
