using GrainFlow.Operators.Api;
using GrainFlow.Operators.Registry;
using GrainFlow.State.Serialization;
using GrainFlow.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace GrainFlow.Runtime.Tasks;

/// <summary>The silo services one subtask execution uses, gathered so an execution is built from one argument.</summary>
public sealed record TaskServices(
    IGrainFactory Grains,
    IStreamProvider Streams,
    ISnapshotStore Snapshots,
    OperatorRegistry Operators,
    StateSerializers Serializers,
    FilePathResolver Files,
    TimeProvider Time,
    ILogger Logger,
    RuntimeOptions Options);
