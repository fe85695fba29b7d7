using Orleans.Storage;

namespace GrainFlow.Storage;

/// <summary>
/// ETag-fenced writes that survive their own lost replies. When storage goes away mid-request, a write can land while
/// its caller sees a failure; the caller's ETag is then stale, and its next write is refused as if a rival had
/// written. Orleans deactivates an activation whose write is refused, and the new activation loses everything not
/// yet stored (the coordinator's failure counts from the outage, for one). So a refused write re-reads the state:
/// if this activation wrote it last, the refusal was its own lost write, and the state is written again on the fresh
/// ETag; if another activation wrote it, the refusal stands and fences this one off.
/// </summary>
internal static class FencedStateWrites
{
    public static async Task WriteFencedAsync<T>(this IPersistentState<T> state, Guid writer)
        where T : class, IFencedState
    {
        state.State.Writer = writer;
        try
        {
            await state.WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            // A read replaces State with the stored object; the live one (which the grain may hold) is put back.
            var desired = state.State;
            bool ownWrite;
            try
            {
                await state.ReadStateAsync();
                ownWrite = state.State.Writer == writer;
            }
            finally
            {
                state.State = desired;
            }

            if (!ownWrite)
            {
                throw;
            }

            await state.WriteStateAsync();
        }
    }
}
