using GrainFlow.Checkpointing;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace GrainFlow.Tests.Checkpointing;

public class StorageDeadlineTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_write_that_answers_before_the_deadline_gives_its_answer()
    {
        var time = new FakeTimeProvider(Start);
        var write = new TaskCompletionSource<bool>();

        var waiting = write.Task.WithinAsync(Start.AddSeconds(10), time);
        time.Advance(TimeSpan.FromSeconds(9));
        write.SetResult(true);

        Assert.True(await waiting);
    }

    [Fact]
    public async Task A_write_that_has_not_answered_by_the_deadline_times_out_there_and_is_left_running()
    {
        var time = new FakeTimeProvider(Start);
        var write = new TaskCompletionSource();

        var waiting = write.Task.WithinAsync(Start.AddSeconds(10), time);
        time.Advance(TimeSpan.FromSeconds(9.9));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));

        // A wait that ignored its deadline would hang here; bounding it in real time makes that a failure instead.
        Assert.Same(waiting, await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromSeconds(30))));
        await Assert.ThrowsAsync<TimeoutException>(() => waiting);
        Assert.False(write.Task.IsCompleted);
        write.SetException(new IOException("storage answered late"));
    }

    [Fact]
    public async Task A_write_begun_after_its_deadline_times_out_at_once_unless_it_already_finished()
    {
        var time = new FakeTimeProvider(Start.AddSeconds(11));

        await Assert.ThrowsAsync<TimeoutException>(() => new TaskCompletionSource().Task.WithinAsync(Start.AddSeconds(10), time));
        Assert.Equal(7, await Task.FromResult(7).WithinAsync(Start.AddSeconds(10), time));
    }

    [Fact]
    public async Task A_write_that_fails_before_the_deadline_fails_with_its_own_exception()
    {
        var time = new FakeTimeProvider(Start);

        var failure = await Assert.ThrowsAsync<IOException>(
            () => Task.FromException(new IOException("connection refused")).WithinAsync(Start.AddSeconds(10), time));

        Assert.Equal("connection refused", failure.Message);
    }
}
