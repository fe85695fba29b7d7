using GrainFlow.Model.Spec;

namespace GrainFlow.Graph;

/// <summary>
/// Checks each operator on its own: a uid fit for grain keys and storage names and unique in the job, a type the
/// catalog knows, a parallelism within the key groups, inputs that match the type's role, partitioning settings that
/// make sense, and the type's own config checks. It returns each operator's role for the topology checks.
/// </summary>
internal static class OperatorValidator
{
    /// <summary>Uids end up in grain keys (<c>{job}/{uid}/{index}</c>) and storage names, so they are kept short and plain.</summary>
    public const int MaxUidLength = 64;

    public static OperatorRole?[] Check(JobSpec spec, IOperatorCatalog catalog, List<SpecError> errors)
    {
        var roles = new OperatorRole?[spec.Operators.Count];
        var firstByUid = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < spec.Operators.Count; i++)
        {
            var op = spec.Operators[i];
            var path = $"operators[{i}]";
            CheckUid(op.Uid, path, i, firstByUid, errors);
            if (catalog.TryGetRole(op.Type, out var role))
            {
                roles[i] = role;
            }
            else
            {
                errors.Add(new SpecError($"{path}.type", $"'{op.Type}' is not a known operator type"));
            }

            CheckParallelism(op, spec.MaxParallelism, path, errors);
            CheckInputs(op, roles[i], path, errors);
            if (roles[i] is not null)
            {
                errors.AddRange(catalog.ValidateConfig(op, $"{path}.config"));
            }
        }

        return roles;
    }

    private static void CheckUid(string uid, string path, int index, Dictionary<string, int> firstByUid, List<SpecError> errors)
    {
        var field = $"{path}.uid";
        if (uid.Length == 0)
        {
            errors.Add(new SpecError(field, "must not be empty"));
        }
        else if (uid.Length > MaxUidLength || !uid.All(IsUidChar))
        {
            errors.Add(new SpecError(field, $"'{uid}' must be 1 to {MaxUidLength} characters of A-Z, a-z, 0-9, '_', '.' or '-'"));
        }
        else if (firstByUid.TryGetValue(uid, out var first))
        {
            errors.Add(new SpecError(field, $"'{uid}' is already the uid of operators[{first}]"));
        }
        else
        {
            firstByUid.Add(uid, index);
        }
    }

    private static bool IsUidChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-';

    private static void CheckParallelism(OperatorSpec op, int maxParallelism, string path, List<SpecError> errors)
    {
        if (op.Parallelism < 1)
        {
            errors.Add(new SpecError($"{path}.parallelism", $"must be at least 1, not {op.Parallelism}"));
        }
        else if (maxParallelism >= 1 && op.Parallelism > maxParallelism)
        {
            errors.Add(new SpecError($"{path}.parallelism",
                $"must not exceed maxParallelism ({maxParallelism}), not {op.Parallelism}"));
        }
    }

    private static void CheckInputs(OperatorSpec op, OperatorRole? role, string path, List<SpecError> errors)
    {
        if (role == OperatorRole.Source && op.Inputs.Count > 0)
        {
            errors.Add(new SpecError($"{path}.inputs", $"'{op.Type}' is a source and takes no inputs"));
        }
        else if (role is OperatorRole.Transform or OperatorRole.Sink && op.Inputs.Count == 0)
        {
            errors.Add(new SpecError($"{path}.inputs", $"'{op.Type}' is not a source and needs at least one input"));
        }

        for (var k = 0; k < op.Inputs.Count; k++)
        {
            var input = op.Inputs[k];
            var field = $"{path}.inputs[{k}].keyBy";
            if (input.Partitioning == Partitioning.Hash && string.IsNullOrEmpty(input.KeyBy))
            {
                errors.Add(new SpecError(field, "is required with hash partitioning"));
            }
            else if (input.Partitioning != Partitioning.Hash && input.KeyBy is not null)
            {
                errors.Add(new SpecError(field, "applies only to hash partitioning"));
            }
        }
    }
}
