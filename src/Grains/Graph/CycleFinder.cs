using GrainFlow.Model.Spec;

namespace GrainFlow.Graph;

/// <summary>
/// Finds the cycles of a job's dataflow with a depth-first walk from each operator in spec order, following edges
/// from producer to consumer. An edge back to an operator still on the walk's path closes a cycle; it is reported
/// on that consumer's input, with the cycle spelled out.
/// </summary>
internal sealed class CycleFinder(JobSpec spec, List<(int Consumer, int Ordinal)>[] consumers, List<SpecError> errors)
{
    private enum Visit { NotYet, OnPath, Done }

    /// <summary>Each operator's state in the walk; <see cref="Visit.OnPath"/> marks the current path.</summary>
    private readonly Visit[] _visits = new Visit[spec.Operators.Count];

    /// <summary>The operators of the current path, so a cycle can be spelled out.</summary>
    private readonly List<int> _path = [];

    public void Run()
    {
        for (var i = 0; i < _visits.Length; i++)
        {
            if (_visits[i] == Visit.NotYet)
            {
                Walk(i);
            }
        }
    }

    private void Walk(int producer)
    {
        _visits[producer] = Visit.OnPath;
        _path.Add(producer);
        foreach (var (consumer, ordinal) in consumers[producer])
        {
            if (_visits[consumer] == Visit.OnPath)
            {
                var cycle = _path.Skip(_path.IndexOf(consumer)).Append(consumer).Select(o => $"'{spec.Operators[o].Uid}'");
                errors.Add(new SpecError($"operators[{consumer}].inputs[{ordinal}].from",
                    $"'{spec.Operators[consumer].Uid}' closes a cycle: {string.Join(" -> ", cycle)}"));
            }
            else if (_visits[consumer] == Visit.NotYet)
            {
                Walk(consumer);
            }
        }

        _path.RemoveAt(_path.Count - 1);
        _visits[producer] = Visit.Done;
    }
}
