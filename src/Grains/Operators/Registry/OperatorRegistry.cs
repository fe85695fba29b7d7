using GrainFlow.Graph;
using GrainFlow.Model.Spec;
using GrainFlow.Operators.Api;
using GrainFlow.Operators.Builtin;
using Microsoft.Extensions.Options;

namespace GrainFlow.Operators.Registry;

/// <summary>
/// The operator types known to this silo: the built-ins and whatever the host registered through
/// <see cref="GrainFlowOperatorOptions"/>. It is the <see cref="IOperatorCatalog"/> job validation asks, and the
/// factory subtasks create their operator from, so what validates is exactly what runs.
/// </summary>
public sealed class OperatorRegistry : IOperatorCatalog
{
    private readonly Dictionary<string, OperatorRegistration> _registrations;
    private readonly FilePathResolver _files;

    public OperatorRegistry(IOptions<GrainFlowOperatorOptions> options, FilePathResolver files)
    {
        _files = files;
        _registrations = new Dictionary<string, OperatorRegistration>(StringComparer.Ordinal);
        foreach (var registration in BuiltinOperators.All.Concat(options.Value.Registrations))
        {
            _registrations[registration.Type] = registration;
        }
    }

    public IReadOnlyCollection<string> Types => _registrations.Keys;

    public bool TryGetRole(string type, out OperatorRole role)
    {
        var known = _registrations.TryGetValue(type, out var registration);
        role = known ? registration!.Role : default;
        return known;
    }

    public IEnumerable<SpecError> ValidateConfig(OperatorSpec op, string fieldPath) =>
        _registrations.TryGetValue(op.Type, out var registration)
            ? registration.ValidateConfig(op.Config, fieldPath, _files)
            : [];

    public IOperatorLifecycle Create(string type, OperatorConfig config) =>
        _registrations.TryGetValue(type, out var registration)
            ? registration.Create(config)
            : throw new InvalidOperationException($"Operator type '{type}' is not registered on this silo.");
}
