using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace GrainFlow.Storage;

/// <summary>
/// Grain storage in a local directory, one file per (state name, grain id): GrainFlow's embedded default, as Flink's
/// <c>file://</c> checkpoint storage. Writes are atomic (temp file, flushed to disk unless
/// <see cref="LocalDirectoryGrainStorageOptions.FlushToDisk"/> is off, rename), ETags follow the Azure
/// blob provider (null: the file must not exist; otherwise it must match, <c>*</c> matches any existing file; a
/// mismatch throws <see cref="InconsistentStateException"/>), a zero-length file reads as absent but with an ETag,
/// and clearing deletes the file. Check-and-write is atomic within one process (striped locks); creation is atomic
/// across processes too (rename without overwrite), replacement is not: share a directory between silos only for
/// write-once objects.
/// </summary>
public sealed class LocalDirectoryGrainStorage : IGrainStorage
{
    /// <summary>Number of lock stripes; bounds memory however many objects exist.</summary>
    private const int LockStripes = 64;

    /// <summary>Provider name, for error messages.</summary>
    private readonly string name;

    /// <summary>Where each object's file is.</summary>
    private readonly LocalDirectoryLayout layout;

    /// <summary>Turns state into file contents and back.</summary>
    private readonly IGrainStorageSerializer serializer;

    /// <summary>Creates the empty state returned for absent objects, as every Orleans provider does.</summary>
    private readonly IActivatorProvider activators;

    /// <summary>Whether a write is flushed to the device before it is renamed into place.</summary>
    private readonly bool flushToDisk;

    /// <summary>Stamps last-write times, which make the ETags.</summary>
    private readonly TimeProvider time;

    /// <summary>Serialize check-then-act on one path within this process.</summary>
    private readonly SemaphoreSlim[] locks = Enumerable.Range(0, LockStripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public LocalDirectoryGrainStorage(string name, LocalDirectoryGrainStorageOptions options, IActivatorProvider activators, TimeProvider? time = null)
    {
        this.name = name;
        layout = new LocalDirectoryLayout(options.RootDirectory);
        serializer = options.GrainStorageSerializer;
        flushToDisk = options.FlushToDisk;
        this.activators = activators;
        this.time = time ?? TimeProvider.System;
    }

    public static LocalDirectoryGrainStorage Create(IServiceProvider services, string name)
    {
        var options = services.GetRequiredService<IOptionsMonitor<LocalDirectoryGrainStorageOptions>>().Get(name);
        return new LocalDirectoryGrainStorage(name, options, services.GetRequiredService<IActivatorProvider>());
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = layout.PathOf(stateName, grainId);
        using var held = await LockAsync(path);
        var file = new FileInfo(path);
        if (!file.Exists || file.Length == 0)
        {
            grainState.ETag = file.Exists ? LocalDirectoryETag.Of(file) : null;
            grainState.RecordExists = false;
            grainState.State = CreateInstance<T>();
            return;
        }

        var bytes = await File.ReadAllBytesAsync(path);
        var loaded = serializer.Deserialize<T>(new BinaryData(bytes));
        grainState.ETag = LocalDirectoryETag.Of(file);
        grainState.RecordExists = loaded is not null;
        grainState.State = loaded ?? CreateInstance<T>();
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = layout.PathOf(stateName, grainId);
        var contents = serializer.Serialize(grainState.State).ToMemory();
        var expected = grainState.ETag;
        using var held = await LockAsync(path);
        grainState.ETag = await OnOwnThread(() => WriteAtomically(path, contents, expected));
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = layout.PathOf(stateName, grainId);
        using var held = await LockAsync(path);
        var current = new FileInfo(path);
        if (current.Exists)
        {
            EnsureExpected(path, grainState.ETag, current);
            File.Delete(path);
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
        grainState.State = CreateInstance<T>();
    }

    /// <summary>
    /// Runs blocking file work on a thread of its own rather than a pool thread. A checkpoint writes several files,
    /// each flushed to disk, and an <c>fsync</c> holds its thread for milliseconds: on a 2-core silo two of them
    /// took both pool workers, and every grain waited. At 100 ms checkpoints that idle time cost W2 (100 K keys)
    /// about a tenth of its throughput; with the writes on their own threads the CPU stays busy.
    /// </summary>
    private static Task<TResult> OnOwnThread<TResult>(Func<TResult> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Checks the ETag, writes a temp file, flushes it to disk (unless told not to) and renames it into place; returns the new ETag.</summary>
    private string WriteAtomically(string path, ReadOnlyMemory<byte> contents, string? expected)
    {
        var current = new FileInfo(path);
        var existing = current.Exists ? current : null;
        EnsureExpected(path, expected, existing);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = LocalDirectoryLayout.TempPathFor(path);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                stream.Write(contents.Span);
                stream.Flush(flushToDisk);
            }

            File.SetLastWriteTimeUtc(temp, LocalDirectoryETag.NextWriteTime(existing, time));
            MoveIntoPlace(temp, path, expected, overwrite: existing is not null);
        }
        finally
        {
            File.Delete(temp);
        }

        return LocalDirectoryETag.Of(new FileInfo(path));
    }

    private void EnsureExpected(string path, string? expected, FileInfo? existing)
    {
        var current = existing is null ? null : LocalDirectoryETag.Of(existing);
        var matches = string.IsNullOrEmpty(expected)
            ? current is null
            : current is not null && (expected == "*" || expected == current);
        if (!matches)
        {
            throw new InconsistentStateException(
                $"Local directory storage '{name}': condition not satisfied for '{path}'.", current ?? "(absent)", expected);
        }
    }

    private void MoveIntoPlace(string temp, string path, string? expected, bool overwrite)
    {
        try
        {
            File.Move(temp, path, overwrite);
        }
        catch (IOException exception) when (!overwrite && File.Exists(path))
        {
            throw new InconsistentStateException(
                $"Local directory storage '{name}': '{path}' was created concurrently.", "(created)", expected, exception);
        }
    }

    private async Task<IDisposable> LockAsync(string path)
    {
        var stripe = locks[(uint)StringComparer.Ordinal.GetHashCode(path) % LockStripes];
        await stripe.WaitAsync();
        return new StripeRelease(stripe);
    }

    private T CreateInstance<T>() => activators.GetActivator<T>().Create();

    /// <summary>Releases a held lock stripe when the operation's scope ends.</summary>
    private sealed class StripeRelease(SemaphoreSlim stripe) : IDisposable
    {
        public void Dispose() => stripe.Release();
    }
}
