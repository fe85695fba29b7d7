using GrainFlow.Model.Spec;

namespace GrainFlow.Graph;

/// <summary>
/// Decides whether a parsed job spec can run, before anything is started: settings in range, operators well formed
/// and known to the catalog, and a dataflow that is an acyclic graph from sources to sinks. It collects every
/// problem, each named by the JSON path of its field, and refuses the spec once with all of them.
/// </summary>
public static class JobSpecValidator
{
    /// <summary>Throws <see cref="JobSpecValidationException"/> listing every problem with <paramref name="spec"/>.</summary>
    public static void Validate(JobSpec spec, IOperatorCatalog catalog)
    {
        var errors = Check(spec, catalog);
        if (errors.Count > 0)
        {
            throw new JobSpecValidationException(errors);
        }
    }

    /// <summary>Every problem with <paramref name="spec"/>, in field order; empty when it can run.</summary>
    public static IReadOnlyList<SpecError> Check(JobSpec spec, IOperatorCatalog catalog)
    {
        var errors = new List<SpecError>();
        if (string.IsNullOrWhiteSpace(spec.Name))
        {
            errors.Add(new SpecError("name", "must not be empty"));
        }

        SettingsValidator.Check(spec, errors);
        if (spec.Operators.Count == 0)
        {
            errors.Add(new SpecError("operators", "must list at least one operator"));
            return errors;
        }

        var roles = OperatorValidator.Check(spec, catalog, errors);
        TopologyValidator.Check(spec, roles, errors);
        return errors;
    }
}
