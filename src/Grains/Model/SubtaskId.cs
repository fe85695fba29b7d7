namespace GrainFlow.Model;

/// <summary>
/// One parallel instance of one operator of one job; its string form <c>{jobId}/{uid}/{index}</c> is the key of the
/// subtask grain, so the address of a subtask is derivable from the plan alone.
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct SubtaskId(
    [property: Id(0)] JobId Job,
    [property: Id(1)] OperatorUid Operator,
    [property: Id(2)] SubtaskIndex Index)
{
    public string GrainKey => $"{Job.Value}/{Operator.Value}/{Index.Value}";

    public static SubtaskId Parse(string grainKey)
    {
        var parts = grainKey.Split('/');
        if (parts.Length != 3 || !int.TryParse(parts[2], out var index))
        {
            throw new FormatException($"'{grainKey}' is not a subtask key of the form {{jobId}}/{{uid}}/{{index}}.");
        }

        return new SubtaskId(new JobId(parts[0]), new OperatorUid(parts[1]), new SubtaskIndex(index));
    }

    public override string ToString() => GrainKey;
}
