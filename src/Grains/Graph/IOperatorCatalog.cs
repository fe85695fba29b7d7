using GrainFlow.Model.Spec;

namespace GrainFlow.Graph;

/// <summary>
/// The operator types a cluster can run, as the validator needs them: each type's role, and the checks of its
/// own <c>config</c>. Built-in and registered operators implement it; validation stays independent of them.
/// </summary>
public interface IOperatorCatalog
{
    /// <summary>The role of <paramref name="type"/>; false when no operator of that type is known.</summary>
    bool TryGetRole(string type, out OperatorRole role);

    /// <summary>
    /// The problems with <paramref name="op"/>'s config, each naming its field under <paramref name="fieldPath"/>
    /// (e.g. <c>operators[1].config.field</c>); called only for known types.
    /// </summary>
    IEnumerable<SpecError> ValidateConfig(OperatorSpec op, string fieldPath);
}
