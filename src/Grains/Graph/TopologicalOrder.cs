using GrainFlow.Model.Spec;

namespace GrainFlow.Graph;

/// <summary>
/// Orders a validated spec's operators so that every producer comes before its consumers (Kahn's algorithm). Among
/// operators that are ready at the same time the one listed first in the spec goes first, so the order, and with it
/// the whole plan, is the same on every silo.
/// </summary>
internal static class TopologicalOrder
{
    /// <summary>The spec indices of the operators in topological order.</summary>
    public static IReadOnlyList<int> Of(JobSpec spec, IReadOnlyDictionary<string, int> indexByUid)
    {
        var count = spec.Operators.Count;
        var pending = new int[count];
        var consumers = new List<int>[count];
        for (var i = 0; i < count; i++)
        {
            consumers[i] = [];
        }

        for (var i = 0; i < count; i++)
        {
            foreach (var input in spec.Operators[i].Inputs)
            {
                consumers[indexByUid[input.From]].Add(i);
                pending[i]++;
            }
        }

        var ready = new SortedSet<int>(Enumerable.Range(0, count).Where(i => pending[i] == 0));
        var order = new List<int>(count);
        while (ready.Count > 0)
        {
            var next = ready.Min;
            ready.Remove(next);
            order.Add(next);
            foreach (var consumer in consumers[next])
            {
                if (--pending[consumer] == 0)
                {
                    ready.Add(consumer);
                }
            }
        }

        return order.Count == count
            ? order
            : throw new ArgumentException("The job spec's dataflow has a cycle; validate the spec before planning it.", nameof(spec));
    }
}
