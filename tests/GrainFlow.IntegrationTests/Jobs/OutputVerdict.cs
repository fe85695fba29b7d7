namespace GrainFlow.IntegrationTests.Jobs;

/// <summary>
/// Committed output judged against the generator's exact answer. Every key k must show its updates 1..n exactly
/// once: an update missing is <see cref="Lost"/>, an update seen twice is <see cref="Duplicated"/>, an update whose
/// running sum differs from the arithmetic is <see cref="WrongSums"/>, and a count beyond n or a key the generator
/// never produced is <see cref="Unexpected"/>. With <c>complete: false</c> (a job that stopped early on purpose) a
/// key may end early, but only after a gap-free prefix 1..m: output restarting at count 1 for a key that had
/// progressed shows up as duplicates.
/// </summary>
public sealed record OutputVerdict(long Records, long Lost, long Duplicated, long WrongSums, long Unexpected, long KeysSeen, string Example)
{
    public bool ExactlyOnce => Lost == 0 && Duplicated == 0 && WrongSums == 0 && Unexpected == 0;

    public static OutputVerdict Judge(SinkOutput output, GeneratorAnswer answer, bool complete = true)
    {
        long lost = 0, duplicated = 0, wrongSums = 0, unexpected = 0;
        var examples = new List<string>();
        var byKey = output.Records.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.ToList());
        for (var key = 0; key < answer.Keys; key++)
        {
            var n = answer.CountOf(key);
            var seen = byKey.Remove($"k{key}", out var records) ? records : [];
            var counts = seen.GroupBy(r => r.Count).ToDictionary(g => g.Key, g => g.Count());
            var top = complete ? n : Math.Min(n, counts.Keys.DefaultIfEmpty(0).Max());
            for (long c = 1; c <= top; c++)
            {
                if (!counts.ContainsKey(c))
                {
                    lost++;
                    Note(examples, $"k{key} lacks update {c} of {top}");
                }
            }

            foreach (var (count, times) in counts)
            {
                duplicated += times - 1;
                if (times > 1)
                {
                    Note(examples, $"k{key} update {count} appears {times} times");
                }

                if (count < 1 || count > n)
                {
                    unexpected += times;
                    Note(examples, $"k{key} has update {count}, beyond its {n}");
                }
            }

            foreach (var record in seen.Where(r => r.Count >= 1 && r.Count <= n && r.Sum != answer.SumAfter(key, r.Count)))
            {
                wrongSums++;
                Note(examples, $"k{key} update {record.Count} has sum {record.Sum}, expected {answer.SumAfter(key, record.Count)}");
            }
        }

        foreach (var (key, records) in byKey)
        {
            unexpected += records.Count;
            Note(examples, $"unknown key {key}");
        }

        return new OutputVerdict(output.Records.Count, lost, duplicated, wrongSums, unexpected,
            output.Records.Select(r => r.Key).Distinct().LongCount(), string.Join("; ", examples));
    }

    public override string ToString() =>
        $"{Records} records over {KeysSeen} keys: lost {Lost}, duplicated {Duplicated}, wrong sums {WrongSums}, unexpected {Unexpected}"
        + (Example.Length > 0 ? $" (e.g. {Example})" : string.Empty);

    private static void Note(List<string> examples, string example)
    {
        if (examples.Count < 5)
        {
            examples.Add(example);
        }
    }
}
