using GrainFlow.Model;
using Xunit;

namespace GrainFlow.Tests.Engine;

[Collection(EngineCollection.Name)]
public sealed class FileSourceJobTests(EngineCluster cluster)
{
    [Fact]
    public async Task A_file_source_job_over_a_directory_commits_the_exact_per_key_sums()
    {
        var answer = new GeneratorAnswer(30_000, 100);
        var input = cluster.FilesDirectory("lines");
        Directory.CreateDirectory(input);
        for (var file = 0; file < 3; file++)
        {
            File.WriteAllLines(Path.Combine(input, $"part-{file}.jsonl"), Enumerable.Range(file * 10_000, 10_000)
                .Select(i => $$"""{"key":"k{{i % 100}}","value":{{i}}}"""));
        }

        var job = await cluster.SubmitAsync($$"""
            { "name": "lines", "checkpointing": { "intervalMs": 100 },
              "operators": [
                { "uid": "lines", "type": "fileSource", "parallelism": 2, "config": { "path": "lines" } },
                { "uid": "sums", "type": "keyedSum", "parallelism": 3,
                  "inputs": [ { "from": "lines", "partitioning": "hash", "keyBy": "key" } ] },
                { "uid": "out", "type": "fileSink", "inputs": [ { "from": "sums", "partitioning": "rebalance" } ],
                  "config": { "path": "lines-out" } } ] }
            """);
        await cluster.WaitForStatusAsync(job, JobStatus.Finished, TimeSpan.FromMinutes(2));

        var output = SinkOutput.Read(cluster.FilesDirectory("lines-out"));
        Assert.Equal(answer.Count, output.Records.Count);
        Assert.Equal(answer.Expected().ToDictionary(e => e.Key, e => e.Value.Sum), output.FinalSums());
    }
}
