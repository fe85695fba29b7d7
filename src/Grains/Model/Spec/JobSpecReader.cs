using System.Text.Json;
using GrainFlow.State;

namespace GrainFlow.Model.Spec;

/// <summary>
/// Turns a parsed JSON job spec into a <see cref="JobSpec"/> with defaults applied, section by section, and throws
/// one <see cref="JobSpecValidationException"/> listing every type error and missing required field. Unknown
/// properties are ignored, as System.Text.Json does, so a submit body may carry request fields beside the spec.
/// </summary>
internal static class JobSpecReader
{
    public static JobSpec Read(JsonElement root)
    {
        var fields = new JsonFieldReader();
        if (!fields.IsObject(root, string.Empty))
        {
            throw new JobSpecValidationException(fields.Errors);
        }

        var checkpointing = JsonFieldReader.Property(root, "checkpointing");
        var restart = JsonFieldReader.Property(root, "restartStrategy");
        var spec = new JobSpec
        {
            Name = fields.RequiredString(root, "name", string.Empty),
            MaxParallelism = fields.Int32(root, "maxParallelism", string.Empty, KeyGroupAssigner.DefaultMaxParallelism),
            Checkpointing = checkpointing is { } c && fields.IsObject(c, "checkpointing") ? ReadCheckpointing(fields, c) : new(),
            RestartStrategy = restart is { } r && fields.IsObject(r, "restartStrategy") ? ReadRestart(fields, r) : new(),
            Operators = ReadOperators(fields, root),
        };

        return fields.Errors.Count == 0 ? spec : throw new JobSpecValidationException(fields.Errors);
    }

    private static CheckpointingSpec ReadCheckpointing(JsonFieldReader fields, JsonElement e)
    {
        const string path = "checkpointing";
        var d = new CheckpointingSpec();
        return new CheckpointingSpec
        {
            IntervalMs = fields.Int64(e, "intervalMs", path, d.IntervalMs),
            TimeoutMs = fields.Int64(e, "timeoutMs", path, d.TimeoutMs),
            MinPauseMs = fields.Int64(e, "minPauseMs", path, d.MinPauseMs),
            MaxConcurrent = fields.Int32(e, "maxConcurrent", path, d.MaxConcurrent),
            Mode = fields.Enum(e, "mode", path, d.Mode),
            TolerableFailures = fields.Int32(e, "tolerableFailures", path, d.TolerableFailures),
            Retained = fields.Int32(e, "retained", path, d.Retained),
            Incremental = fields.Boolean(e, "incremental", path, d.Incremental),
        };
    }

    private static RestartStrategySpec ReadRestart(JsonFieldReader fields, JsonElement e)
    {
        const string path = "restartStrategy";
        var d = new RestartStrategySpec();
        return new RestartStrategySpec
        {
            Type = fields.Enum(e, "type", path, d.Type),
            Attempts = fields.Int32(e, "attempts", path, d.Attempts),
            DelayMs = fields.Int64(e, "delayMs", path, d.DelayMs),
            InitialDelayMs = fields.Int64(e, "initialDelayMs", path, d.InitialDelayMs),
            MaxDelayMs = fields.Int64(e, "maxDelayMs", path, d.MaxDelayMs),
            Multiplier = fields.Double(e, "multiplier", path, d.Multiplier),
            MaxFailures = fields.Int32(e, "maxFailures", path, d.MaxFailures),
            IntervalMs = fields.Int64(e, "intervalMs", path, d.IntervalMs),
        };
    }

    private static List<OperatorSpec> ReadOperators(JsonFieldReader fields, JsonElement root)
    {
        var operators = new List<OperatorSpec>();
        if (JsonFieldReader.Property(root, "operators") is not { } array)
        {
            fields.Fail("operators", "is required");
            return operators;
        }

        if (!fields.IsArray(array, "operators"))
        {
            return operators;
        }

        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = JsonFieldReader.Item("operators", index++);
            if (fields.IsObject(element, path))
            {
                operators.Add(ReadOperator(fields, element, path));
            }
        }

        return operators;
    }

    private static OperatorSpec ReadOperator(JsonFieldReader fields, JsonElement e, string path)
    {
        var configPath = JsonFieldReader.Child(path, "config");
        var config = JsonFieldReader.Property(e, "config") is { } c && fields.IsObject(c, configPath)
            ? OperatorConfig.FromJsonObject(c)
            : OperatorConfig.Empty;
        return new OperatorSpec
        {
            Uid = fields.RequiredString(e, "uid", path),
            Type = fields.RequiredString(e, "type", path),
            Parallelism = fields.Int32(e, "parallelism", path, 1),
            Config = config,
            Inputs = ReadInputs(fields, e, path),
        };
    }

    private static List<InputSpec> ReadInputs(JsonFieldReader fields, JsonElement op, string operatorPath)
    {
        var inputs = new List<InputSpec>();
        var path = JsonFieldReader.Child(operatorPath, "inputs");
        if (JsonFieldReader.Property(op, "inputs") is not { } array || !fields.IsArray(array, path))
        {
            return inputs;
        }

        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var inputPath = JsonFieldReader.Item(path, index++);
            if (fields.IsObject(element, inputPath))
            {
                inputs.Add(new InputSpec(
                    fields.RequiredString(element, "from", inputPath),
                    fields.Enum(element, "partitioning", inputPath, Partitioning.Forward),
                    fields.OptionalString(element, "keyBy", inputPath)));
            }
        }

        return inputs;
    }
}
