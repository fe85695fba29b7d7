using GrainFlow.Model;
using GrainFlow.Model.Spec;
using GrainFlow.Operators.Api;
using GrainFlow.State;
using GrainFlow.State.Operator;
using GrainFlow.State.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Serialization;

namespace GrainFlow.Tests.Operators;

/// <summary>What the runtime hands an unkeyed operator, subtask 0 of 1, reading and writing under a test's data directory.</summary>
internal static class TestOperatorContext
{
    public static readonly StateSerializers Serializers =
        StateSerializers.FromServices(new ServiceCollection().AddSerializer().BuildServiceProvider());

    public static OperatorContext For(string dataDirectory, string job, string uid, string path, OperatorStateBackend state,
        Attempt attempt, bool restored) => new()
    {
        Subtask = new SubtaskId(new JobId(job), new OperatorUid(uid), new SubtaskIndex(0)),
        Parallelism = 1,
        MaxParallelism = 128,
        KeyGroups = KeyGroupRange.Empty,
        Config = OperatorConfig.FromRawJson([new("path", $"\"{path}\"")]),
        Attempt = attempt,
        KeyedState = null,
        OperatorState = state,
        IsRestored = restored,
        KeyBy = null,
        Files = new FilePathResolver(dataDirectory, []),
        Time = TimeProvider.System,
        Logger = NullLogger.Instance,
    };
}
