namespace GrainFlow.Model.Spec;

/// <summary>
/// A job spec was refused: malformed JSON, a field of the wrong JSON type, a missing required field, or a spec that
/// parses but cannot run. It carries every problem found, each naming its field, so a user fixes them in one pass.
/// </summary>
[GenerateSerializer]
public sealed class JobSpecValidationException : Exception
{
    public JobSpecValidationException(IReadOnlyList<SpecError> errors)
        : base(Summarise(errors)) => Errors = errors;

    [Id(0)] public IReadOnlyList<SpecError> Errors { get; }

    private static string Summarise(IReadOnlyList<SpecError> errors) => errors.Count switch
    {
        0 => "The job spec is invalid.",
        1 => $"The job spec is invalid: {errors[0]}.",
        _ => $"The job spec has {errors.Count} errors: " + string.Join("; ", errors) + ".",
    };
}
