using GrainFlow.Graph;
using GrainFlow.Model.Spec;
using GrainFlow.Operators.Api;
using GrainFlow.Operators.Builtin;

namespace GrainFlow.Operators.Registry;

/// <summary>The operators every silo knows, with the config checks design section 10 implies.</summary>
internal static class BuiltinOperators
{
    public static IReadOnlyList<OperatorRegistration> All { get; } =
    [
        new(GeneratorSource.TypeName, OperatorRole.Source, _ => new GeneratorSource(), ValidateGenerator),
        new(FileSource.TypeName, OperatorRole.Source, _ => new FileSource(), ValidatePath),
        new(KeyedSumFunction.TypeName, OperatorRole.Transform,
            config => new KeyedProcessOperator(new KeyedSumFunction(config.GetString("field", "value"))), ValidateKeyedSum),
        new(FileSink.TypeName, OperatorRole.Sink, _ => new FileSink(), ValidatePath),
    ];

    private static IEnumerable<SpecError> ValidateGenerator(OperatorConfig config, string path, FilePathResolver files)
    {
        if (config.GetInt64("count", 1_000_000) < 0)
        {
            yield return new SpecError($"{path}.count", "must be 0 or more");
        }

        if (config.GetInt64("keys", 1000) is < 1 or > 100_000_000)
        {
            yield return new SpecError($"{path}.keys", "must be between 1 and 100000000");
        }

        if (config.GetDouble("ratePerSecond", 0) < 0)
        {
            yield return new SpecError($"{path}.ratePerSecond", "must be 0 (unlimited) or more");
        }
    }

    private static IEnumerable<SpecError> ValidateKeyedSum(OperatorConfig config, string path, FilePathResolver files)
    {
        if (string.IsNullOrWhiteSpace(config.GetString("field", "value")))
        {
            yield return new SpecError($"{path}.field", "must name a numeric field");
        }
    }

    private static IEnumerable<SpecError> ValidatePath(OperatorConfig config, string path, FilePathResolver files)
    {
        if (!config.Has("path"))
        {
            yield return new SpecError($"{path}.path", "is required");
        }
        else if (files.TryResolve(config.GetString("path", ""), out var problem) is null)
        {
            yield return new SpecError($"{path}.path", problem!);
        }
    }
}
