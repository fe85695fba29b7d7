namespace GrainFlow.Checkpointing;

/// <summary>
/// Bounds the storage calls the coordinator awaits in its turn by the deadline of the checkpoint they serve. A grain
/// turn that waits on storage holds up everything else the coordinator does: no tick runs, so nothing expires, no
/// failure is counted and no statistics are served. A store that stops answering mid-request (a closing server keeps
/// its sockets open) would freeze the coordinator for as long as the client's retries last. Past the deadline the call
/// is left running and the checkpoint fails, as Flink expires a checkpoint whose finalization outlasts its timeout.
/// A call left running may still land, so every write bounded here is fenced or create-if-absent.
/// </summary>
internal static class StorageDeadline
{
    /// <summary>Awaits <paramref name="operation"/> until <paramref name="deadline"/>; throws <see cref="TimeoutException"/> past it.</summary>
    public static async Task WithinAsync(this Task operation, DateTimeOffset deadline, TimeProvider time)
    {
        try
        {
            await operation.WaitAsync(Remaining(deadline, time), time);
        }
        catch (TimeoutException)
        {
            Observe(operation);
            throw;
        }
    }

    /// <inheritdoc cref="WithinAsync(Task, DateTimeOffset, TimeProvider)"/>
    public static async Task<T> WithinAsync<T>(this Task<T> operation, DateTimeOffset deadline, TimeProvider time)
    {
        await ((Task)operation).WithinAsync(deadline, time);
        return await operation;
    }

    private static TimeSpan Remaining(DateTimeOffset deadline, TimeProvider time)
    {
        var remaining = deadline - time.GetUtcNow();
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    /// <summary>The abandoned call's eventual failure is expected and already accounted for: it must not surface as unobserved.</summary>
    private static void Observe(Task operation) =>
        operation.ContinueWith(
            static t => _ = t.Exception, CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
