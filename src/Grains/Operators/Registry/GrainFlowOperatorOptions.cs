using GrainFlow.Graph;
using GrainFlow.Model.Spec;
using GrainFlow.Operators.Api;

namespace GrainFlow.Operators.Registry;

/// <summary>
/// Registers user operators by type name, so a JSON job spec can use them:
/// <c>options.AddKeyedProcessFunction("dedupe", config => new Dedupe(config.GetInt64("window", 10)))</c>.
/// Every silo of a cluster must register the same types.
/// </summary>
public sealed class GrainFlowOperatorOptions
{
    private static readonly Func<OperatorConfig, string, FilePathResolver, IEnumerable<SpecError>> NoChecks = (_, _, _) => [];

    internal List<OperatorRegistration> Registrations { get; } = [];

    public GrainFlowOperatorOptions AddKeyedProcessFunction(string type, Func<OperatorConfig, KeyedProcessFunction> create,
        Func<OperatorConfig, string, IEnumerable<SpecError>>? validate = null) =>
        Add(type, OperatorRole.Transform, config => new KeyedProcessOperator(create(config)), validate);

    public GrainFlowOperatorOptions AddOperator(string type, Func<OperatorConfig, IStreamOperator> create,
        Func<OperatorConfig, string, IEnumerable<SpecError>>? validate = null) =>
        Add(type, OperatorRole.Transform, create, validate);

    public GrainFlowOperatorOptions AddSource(string type, Func<OperatorConfig, ISourceOperator> create,
        Func<OperatorConfig, string, IEnumerable<SpecError>>? validate = null) =>
        Add(type, OperatorRole.Source, create, validate);

    public GrainFlowOperatorOptions AddSink(string type, Func<OperatorConfig, IStreamOperator> create,
        Func<OperatorConfig, string, IEnumerable<SpecError>>? validate = null) =>
        Add(type, OperatorRole.Sink, create, validate);

    private GrainFlowOperatorOptions Add(string type, OperatorRole role, Func<OperatorConfig, IOperatorLifecycle> create,
        Func<OperatorConfig, string, IEnumerable<SpecError>>? validate)
    {
        Registrations.Add(new OperatorRegistration(type, role, create,
            validate is null ? NoChecks : (config, path, _) => validate(config, path)));
        return this;
    }
}
