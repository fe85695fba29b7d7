using GrainFlow.Checkpointing;
using GrainFlow.Model;
using GrainFlow.Storage;
using Orleans.Storage;
using Xunit;

namespace GrainFlow.Tests.Storage;

/// <summary>
/// A refused write is re-read: when this activation wrote the stored state last (its reply was lost), it writes
/// again; when another activation did, the refusal stands. Pure logic, over an in-memory ETag store.
/// </summary>
public sealed class FencedStateWritesTests
{
    private readonly Guid _me = Guid.NewGuid();

    [Fact]
    public async Task A_write_whose_reply_was_lost_is_written_again_on_the_fresh_etag()
    {
        var store = new EtagStore();
        var state = Counter(store);
        state.State.LastIssued = new CheckpointId(4);
        await state.WriteFencedAsync(_me);
        store.LoseNextReply = true;
        state.State.LastIssued = new CheckpointId(5);
        await Assert.ThrowsAsync<TimeoutException>(() => state.WriteFencedAsync(_me));

        state.State.LastIssued = new CheckpointId(6);
        var live = state.State;
        await state.WriteFencedAsync(_me);

        Assert.Equal(new CheckpointId(6), ((CheckpointIdCounter)store.Stored!).LastIssued);
        Assert.Same(live, state.State);
        Assert.Equal(new CheckpointId(6), state.State.LastIssued);
        Assert.Equal(store.ETag, state.Etag);
    }

    [Fact]
    public async Task A_write_refused_because_another_activation_wrote_stays_refused_and_stores_nothing()
    {
        var store = new EtagStore();
        var mine = Counter(store);
        await mine.WriteFencedAsync(_me);
        var rival = Counter(store);
        await rival.ReadStateAsync();
        rival.State.LastIssued = new CheckpointId(9);
        await rival.WriteFencedAsync(Guid.NewGuid());

        mine.State.LastIssued = new CheckpointId(5);

        await Assert.ThrowsAsync<InconsistentStateException>(() => mine.WriteFencedAsync(_me));
        Assert.Equal(new CheckpointId(9), ((CheckpointIdCounter)store.Stored!).LastIssued);
    }

    /// <summary>An id counter's state over <paramref name="store"/>, copied on every write and read as a serializer would.</summary>
    private static StoredState<CheckpointIdCounter> Counter(EtagStore store) =>
        new(store, new CheckpointIdCounter(), c => new CheckpointIdCounter { LastIssued = c.LastIssued, Writer = c.Writer });

    /// <summary>One stored object with an ETag, like a blob: a write with a stale ETag is refused.</summary>
    private sealed class EtagStore
    {
        private int _version;

        public object? Stored { get; private set; }

        public string? ETag { get; private set; }

        /// <summary>The next write lands, but its caller hears a timeout instead of the new ETag.</summary>
        public bool LoseNextReply { get; set; }

        public string Write(object value, string? expectedETag)
        {
            if (expectedETag != ETag)
            {
                throw new InconsistentStateException("ETag mismatch", ETag, expectedETag);
            }

            Stored = value;
            ETag = $"e{++_version}";
            if (LoseNextReply)
            {
                LoseNextReply = false;
                throw new TimeoutException("the reply was lost");
            }

            return ETag;
        }
    }

    /// <summary>A grain's persistent state over <see cref="EtagStore"/>, storing copies as a serializer would.</summary>
    private sealed class StoredState<T>(EtagStore store, T initial, Func<T, T> copy) : IPersistentState<T>
        where T : class, IFencedState
    {
        public T State { get; set; } = initial;

        public string? Etag { get; private set; }

        public bool RecordExists => Etag is not null;

        public Task ReadStateAsync()
        {
            State = store.Stored is T stored ? copy(stored) : State;
            Etag = store.ETag;
            return Task.CompletedTask;
        }

        public Task WriteStateAsync()
        {
            Etag = store.Write(copy(State), Etag);
            return Task.CompletedTask;
        }

        public Task ClearStateAsync() => throw new NotSupportedException();
    }
}
