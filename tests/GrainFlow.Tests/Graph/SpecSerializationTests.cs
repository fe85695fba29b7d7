using GrainFlow.Model.Spec;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Xunit;

namespace GrainFlow.Tests.Graph;

public sealed class SpecSerializationTests
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(JobSpec).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    [Fact]
    public void A_job_spec_survives_the_orleans_serializer_unchanged()
    {
        var spec = SampleSpecs.KeyedSums();

        var copy = Serializer.Deserialize<JobSpec>(Serializer.SerializeToArray(spec))!;

        Assert.Equal(JobSpecJson.Serialize(spec), JobSpecJson.Serialize(copy));
        Assert.Equal(1000000, copy.Operators[0].Config.GetInt64("count", 0));
    }

    [Fact]
    public void The_incremental_flag_survives_the_orleans_serializer()
    {
        var spec = new JobSpec { Name = "j", Checkpointing = new() { Incremental = true }, Operators = [] };

        var copy = Serializer.Deserialize<JobSpec>(Serializer.SerializeToArray(spec))!;

        Assert.True(copy.Checkpointing.Incremental);
    }

    [Fact]
    public void A_validation_exception_keeps_its_errors_across_the_orleans_serializer()
    {
        var ex = new JobSpecValidationException([new SpecError("name", "must not be empty"), new SpecError("operators", "is required")]);

        var copy = Serializer.Deserialize<JobSpecValidationException>(Serializer.SerializeToArray(ex))!;

        Assert.Equal(ex.Errors, copy.Errors);
        Assert.Equal(ex.Message, copy.Message);
    }
}
