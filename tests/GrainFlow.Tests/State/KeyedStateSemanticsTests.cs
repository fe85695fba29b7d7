using GrainFlow.State.Api;
using GrainFlow.State.Keyed;
using Xunit;

namespace GrainFlow.Tests.State;

public sealed class KeyedStateSemanticsTests
{
    [Fact]
    public void A_value_state_reads_its_default_until_updated_and_again_after_clear()
    {
        var backend = KeyedStateFixture.Backend();
        var state = backend.GetState(new ValueStateDescriptor<long>("sum", -1));
        backend.Select("a");
        Assert.Equal(-1, state.Value());
        state.Update(5);
        Assert.Equal(5, state.Value());
        state.Clear();
        Assert.Equal(-1, state.Value());
    }

    [Fact]
    public void Each_key_sees_only_its_own_value()
    {
        var backend = KeyedStateFixture.Backend();
        var state = backend.GetState(new ValueStateDescriptor<string>("name"));
        backend.Select("a");
        state.Update("alpha");
        backend.Select("b");
        Assert.Null(state.Value());
        state.Update("beta");
        backend.Select("a");
        Assert.Equal("alpha", state.Value());
        Assert.Equal(2, backend.KeyCount);
    }

    [Fact]
    public void A_list_state_appends_replaces_and_clears()
    {
        var backend = KeyedStateFixture.Backend();
        var state = backend.GetListState(new ListStateDescriptor<int>("items"));
        backend.Select("a");
        Assert.Empty(state.Get());
        state.Add(1);
        state.AddAll([2, 3]);
        Assert.Equal([1, 2, 3], state.Get());
        state.Update([9]);
        Assert.Equal([9], state.Get());
        state.Update([]);
        Assert.Empty(state.Get());
        Assert.Equal(0, backend.KeyCount);
    }

    [Fact]
    public void A_map_state_puts_gets_removes_and_enumerates()
    {
        var backend = KeyedStateFixture.Backend();
        var state = backend.GetMapState(new MapStateDescriptor<string, double>("prices"));
        backend.Select("a");
        Assert.True(state.IsEmpty());
        state.Put("x", 1.5);
        state.PutAll([new("y", 2.5), new("z", 3.5)]);
        state.Remove("z");
        Assert.Equal(1.5, state.Get("x"));
        Assert.Equal(0, state.Get("z"));
        Assert.True(state.Contains("y"));
        Assert.False(state.Contains("z"));
        Assert.Equal(["x", "y"], state.Keys().Order());
        Assert.Equal([1.5, 2.5], state.Values().Order());
        Assert.Equal(2, state.Entries().Count());
        state.Remove("x");
        state.Remove("y");
        Assert.True(state.IsEmpty());
        Assert.Equal(0, backend.KeyCount);
    }

    [Fact]
    public void A_reducing_state_folds_every_added_value()
    {
        var backend = KeyedStateFixture.Backend();
        var state = backend.GetReducingState(new ReducingStateDescriptor<long>("max", Math.Max));
        backend.Select("a");
        Assert.Equal(0, state.Get());
        state.Add(3);
        state.Add(7);
        state.Add(5);
        Assert.Equal(7, state.Get());
        state.Clear();
        Assert.Equal(0, state.Get());
    }

    [Fact]
    public void Registering_a_name_again_returns_the_same_state_object()
    {
        var backend = KeyedStateFixture.Backend();
        var first = backend.GetState(new ValueStateDescriptor<long>("sum"));
        Assert.Same(first, backend.GetState(new ValueStateDescriptor<long>("sum")));
        Assert.Equal(["sum"], backend.StateNames);
    }

    [Fact]
    public void Registering_a_name_as_another_kind_is_refused()
    {
        var backend = KeyedStateFixture.Backend();
        backend.GetState(new ValueStateDescriptor<long>("sum"));
        var error = Assert.Throws<StateKindMismatchException>(() => backend.GetListState(new ListStateDescriptor<long>("sum")));
        Assert.Equal(StateKind.Value, error.Registered);
        Assert.Equal(StateKind.List, error.Found);
    }

    [Fact]
    public void A_key_group_outside_the_backends_range_is_refused()
    {
        var backend = KeyedStateFixture.Backend(index: 0, parallelism: 2);
        var error = Assert.Throws<KeyGroupOutOfRangeException>(() => backend.SetCurrentKey("a", 64));
        Assert.Equal(64, error.KeyGroup);
        Assert.Equal(new GrainFlow.State.KeyGroupRange(0, 63), error.Range);
    }

    [Fact]
    public void Keyed_state_without_a_current_key_is_refused()
    {
        var backend = KeyedStateFixture.Backend();
        var state = backend.GetState(new ValueStateDescriptor<long>("sum"));
        Assert.Throws<InvalidOperationException>(() => state.Value());
    }

    [Fact]
    public void Updating_a_long_value_for_an_existing_key_allocates_nothing()
    {
        var backend = KeyedStateFixture.Backend();
        var sum = backend.GetState(new ValueStateDescriptor<long>("sum"));
        var keys = Enumerable.Range(0, 1000).Select(i => $"k{i}").ToArray();
        var groups = keys.Select(k => GrainFlow.State.KeyGroupAssigner.KeyGroupFor(k, 128)).ToArray();
        for (var i = 0; i < keys.Length; i++)
        {
            backend.SetCurrentKey(keys[i], groups[i]);
            sum.Update(0);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 10; round++)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                backend.SetCurrentKey(keys[i], groups[i]);
                sum.Update(sum.Value() + i);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        backend.Select("k999");
        Assert.Equal(9990, sum.Value());
    }
}
