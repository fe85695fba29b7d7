using System.Text.Json;

namespace GrainFlow.Model.Spec;

/// <summary>
/// Writes a <see cref="JobSpec"/> in its canonical JSON form: camelCase names in a fixed order, every setting
/// written out (defaults included), enums as camelCase strings, <c>keyBy</c> only when set. Equal specs write equal
/// bytes, which is what <see cref="JobSpecHash"/> relies on.
/// </summary>
internal static class JobSpecWriter
{
    public static void Write(Utf8JsonWriter w, JobSpec spec)
    {
        w.WriteStartObject();
        w.WriteString("name", spec.Name);
        w.WriteNumber("maxParallelism", spec.MaxParallelism);
        WriteCheckpointing(w, spec.Checkpointing);
        WriteRestart(w, spec.RestartStrategy);
        w.WriteStartArray("operators");
        foreach (var op in spec.Operators)
        {
            WriteOperator(w, op);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCheckpointing(Utf8JsonWriter w, CheckpointingSpec c)
    {
        w.WriteStartObject("checkpointing");
        w.WriteNumber("intervalMs", c.IntervalMs);
        w.WriteNumber("timeoutMs", c.TimeoutMs);
        w.WriteNumber("minPauseMs", c.MinPauseMs);
        w.WriteNumber("maxConcurrent", c.MaxConcurrent);
        w.WriteString("mode", SpecEnumNames.Name(c.Mode));
        w.WriteNumber("tolerableFailures", c.TolerableFailures);
        w.WriteNumber("retained", c.Retained);
        w.WriteBoolean("incremental", c.Incremental);
        w.WriteEndObject();
    }

    private static void WriteRestart(Utf8JsonWriter w, RestartStrategySpec r)
    {
        w.WriteStartObject("restartStrategy");
        w.WriteString("type", SpecEnumNames.Name(r.Type));
        w.WriteNumber("attempts", r.Attempts);
        w.WriteNumber("delayMs", r.DelayMs);
        w.WriteNumber("initialDelayMs", r.InitialDelayMs);
        w.WriteNumber("maxDelayMs", r.MaxDelayMs);
        w.WriteNumber("multiplier", r.Multiplier);
        w.WriteNumber("maxFailures", r.MaxFailures);
        w.WriteNumber("intervalMs", r.IntervalMs);
        w.WriteEndObject();
    }

    private static void WriteOperator(Utf8JsonWriter w, OperatorSpec op)
    {
        w.WriteStartObject();
        w.WriteString("uid", op.Uid);
        w.WriteString("type", op.Type);
        w.WriteNumber("parallelism", op.Parallelism);
        w.WritePropertyName("config");
        op.Config.WriteTo(w);
        w.WriteStartArray("inputs");
        foreach (var input in op.Inputs)
        {
            w.WriteStartObject();
            w.WriteString("from", input.From);
            w.WriteString("partitioning", SpecEnumNames.Name(input.Partitioning));
            if (input.KeyBy is not null)
            {
                w.WriteString("keyBy", input.KeyBy);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
