using GrainFlow.State.Serialization;

namespace GrainFlow.State.Operator;

/// <summary>
/// An operator-state snapshot after its synchronous part (each list copied); <see cref="Serialize"/> and
/// <see cref="WriteAsync"/> encode it, safely off the grain thread.
/// </summary>
public sealed class OperatorStateSnapshot
{
    /// <summary>The copied lists; dropped by <see cref="Release"/>.</summary>
    private IReadOnlyList<OperatorStateCapture>? captures;

    internal OperatorStateSnapshot(IReadOnlyList<OperatorStateCapture> captures) => this.captures = captures;

    public byte[] Serialize()
    {
        var states = captures ?? throw new ObjectDisposedException(nameof(OperatorStateSnapshot));
        var writer = new StateWriter();
        writer.WriteUInt32(OperatorSnapshotFormat.Magic);
        writer.WriteCount(OperatorSnapshotFormat.Version);
        writer.WriteCount(states.Count);
        foreach (var state in states)
        {
            writer.WriteString(state.Name);
            writer.WriteByte((byte)state.Mode);
            writer.WriteString(state.TypeName);
            state.WriteElements(writer);
        }

        return writer.ToArray();
    }

    /// <summary>Serialises on the thread pool, away from the caller's scheduler, then writes to <paramref name="destination"/>.</summary>
    public async Task WriteAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        var bytes = await Task.Run(Serialize, cancellationToken).ConfigureAwait(false);
        await destination.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Drops the copied lists once the bytes are written or the checkpoint is abandoned.</summary>
    public void Release() => captures = null;
}
