using GrainFlow.Operators.Api;
using GrainFlow.Operators.Registry;
using GrainFlow.State.Serialization;
using GrainFlow.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;

namespace GrainFlow.Runtime.Tasks;

/// <summary>The silo-wide part of <see cref="TaskServices"/>, injected once into every subtask grain.</summary>
public sealed class TaskServicesFactory(
    IGrainFactory grains,
    ISnapshotStore snapshots,
    OperatorRegistry operators,
    StateSerializers serializers,
    FilePathResolver files,
    TimeProvider time,
    ILogger<SubtaskExecution> logger,
    IOptions<RuntimeOptions> options)
{
    public ILogger Logger => logger;

    public TaskServices Create(IStreamProvider streams) =>
        new(grains, streams, snapshots, operators, serializers, files, time, logger, options.Value);
}
