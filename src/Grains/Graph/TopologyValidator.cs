using GrainFlow.Model.Spec;

namespace GrainFlow.Graph;

/// <summary>
/// Checks the dataflow as a graph: every input names an operator of the job other than itself and not a sink;
/// forward edges join equal parallelisms (as Flink requires); nothing but a sink ends a pipeline; and there are no
/// cycles. A cycle is reported on the input that closes it, found by a depth-first walk in spec order.
/// </summary>
internal static class TopologyValidator
{
    public static void Check(JobSpec spec, OperatorRole?[] roles, List<SpecError> errors)
    {
        var indexByUid = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < spec.Operators.Count; i++)
        {
            indexByUid.TryAdd(spec.Operators[i].Uid, i);
        }

        var consumers = CheckInputs(spec, roles, indexByUid, errors);
        CheckEnds(spec, roles, indexByUid, consumers, errors);
        new CycleFinder(spec, consumers, errors).Run();
    }

    /// <summary>Checks every input and returns, per producer index, its valid consumer edges in spec order.</summary>
    private static List<(int Consumer, int Ordinal)>[] CheckInputs(
        JobSpec spec, OperatorRole?[] roles, Dictionary<string, int> indexByUid, List<SpecError> errors)
    {
        var consumers = spec.Operators.Select(_ => new List<(int, int)>()).ToArray();
        for (var i = 0; i < spec.Operators.Count; i++)
        {
            var op = spec.Operators[i];
            for (var k = 0; k < op.Inputs.Count; k++)
            {
                var input = op.Inputs[k];
                var path = $"operators[{i}].inputs[{k}]";
                if (!indexByUid.TryGetValue(input.From, out var from))
                {
                    errors.Add(new SpecError($"{path}.from", $"'{input.From}' is not the uid of an operator of this job"));
                    continue;
                }

                if (from == i)
                {
                    errors.Add(new SpecError($"{path}.from", $"'{op.Uid}' cannot consume its own output"));
                    continue;
                }

                if (roles[from] == OperatorRole.Sink)
                {
                    errors.Add(new SpecError($"{path}.from", $"'{input.From}' is a sink; nothing can consume from it"));
                }

                var upstream = spec.Operators[from];
                if (input.Partitioning == Partitioning.Forward && upstream.Parallelism != op.Parallelism)
                {
                    errors.Add(new SpecError($"{path}.partitioning",
                        $"forward needs equal parallelism, but '{upstream.Uid}' has {upstream.Parallelism} and " +
                        $"'{op.Uid}' has {op.Parallelism}; use rebalance, hash or broadcast"));
                }

                consumers[from].Add((i, k));
            }
        }

        return consumers;
    }

    /// <summary>Refuses a source or transform whose output goes nowhere; a duplicate uid is already reported, so it is skipped.</summary>
    private static void CheckEnds(
        JobSpec spec, OperatorRole?[] roles, Dictionary<string, int> indexByUid, List<(int Consumer, int Ordinal)>[] consumers, List<SpecError> errors)
    {
        for (var i = 0; i < spec.Operators.Count; i++)
        {
            var isFirstWithUid = indexByUid[spec.Operators[i].Uid] == i;
            if (isFirstWithUid && roles[i] is OperatorRole.Source or OperatorRole.Transform && consumers[i].Count == 0)
            {
                errors.Add(new SpecError($"operators[{i}]",
                    $"nothing consumes the output of '{spec.Operators[i].Uid}'; only a sink may end a pipeline"));
            }
        }
    }
}
