using GrainFlow.Operators.Api;
using Xunit;

namespace GrainFlow.Tests.Operators;

public sealed class FilePathResolverTests
{
    private readonly FilePathResolver _resolver = new("/srv/gf", ["/mnt/shared"]);

    [Fact]
    public void A_relative_path_resolves_under_the_files_directory() =>
        Assert.Equal("/srv/gf/files/out/sums", _resolver.Resolve("out/sums"));

    [Fact]
    public void An_absolute_path_under_an_allowed_root_is_accepted() =>
        Assert.Equal("/mnt/shared/in", _resolver.Resolve("/mnt/shared/in"));

    [Theory]
    [InlineData("../escape", "escapes the files directory")]
    [InlineData("/etc/passwd", "is absolute but not under any root listed in GrainFlow:Files:AllowedRoots")]
    [InlineData("/mnt/shared/../secret", "is absolute but not under any root listed in GrainFlow:Files:AllowedRoots")]
    [InlineData("/mnt/sharedness", "is absolute but not under any root listed in GrainFlow:Files:AllowedRoots")]
    [InlineData("", "must not be empty")]
    public void A_path_outside_its_roots_is_refused_with_the_reason(string path, string reason)
    {
        Assert.Null(_resolver.TryResolve(path, out var problem));
        Assert.Equal(reason, problem);
    }
}
