using GrainFlow.Storage;
using Xunit;

namespace GrainFlow.Tests.Storage;

public sealed class LocalDirectoryLayoutTests
{
    private readonly LocalDirectoryLayout layout = new("/data/storage");

    [Fact]
    public void An_object_maps_to_a_state_file_under_its_state_and_grain_type()
    {
        var path = layout.PathOf("v1", GrainId.Create("grainflow-snapshot", "jobs/j1/chk-3/sums/0.keyed"));

        Assert.Equal("/data/storage/v1/grainflow-snapshot/jobs/j1/chk-3/sums/0.keyed.state", path);
    }

    [Fact]
    public void A_key_and_a_key_beneath_it_do_not_collide()
    {
        var parent = layout.PathOf("v1", GrainId.Create("t", "a"));
        var child = layout.PathOf("v1", GrainId.Create("t", "a/b"));

        Assert.Equal("/data/storage/v1/t/a.state", parent);
        Assert.Equal("/data/storage/v1/t/a/b.state", child);
    }

    [Fact]
    public void Path_tricks_in_a_key_stay_inside_the_root()
    {
        var path = layout.PathOf("v1", GrainId.Create("t", "../../etc/passwd"));

        Assert.Equal("/data/storage/v1/t/~2E./~2E./etc/passwd.state", path);
    }

    [Fact]
    public void Temp_files_are_hidden_siblings_that_no_object_name_can_take()
    {
        var temp = LocalDirectoryLayout.TempPathFor("/data/storage/v1/t/a.state");

        Assert.Equal("/data/storage/v1/t", Path.GetDirectoryName(temp));
        Assert.StartsWith(".a.state.", Path.GetFileName(temp), StringComparison.Ordinal);
        Assert.EndsWith(".tmp", temp, StringComparison.Ordinal);
    }
}
