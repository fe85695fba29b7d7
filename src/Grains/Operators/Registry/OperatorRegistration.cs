using GrainFlow.Graph;
using GrainFlow.Model.Spec;
using GrainFlow.Operators.Api;

namespace GrainFlow.Operators.Registry;

/// <summary>
/// One operator type a job spec may name: its role in the graph, how to check its config at submission (so a bad
/// config is a 4xx naming the field, not a failure at runtime) and how to create an instance per subtask.
/// </summary>
public sealed record OperatorRegistration(
    string Type,
    OperatorRole Role,
    Func<OperatorConfig, IOperatorLifecycle> Create,
    Func<OperatorConfig, string, FilePathResolver, IEnumerable<SpecError>> ValidateConfig);
