using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace GrainFlow.State.Serialization;

/// <summary>
/// The registry of state value serializers a backend uses: compact fast paths for long, int, double, string, bool,
/// byte[] and (long, long); every other type goes through Orleans' <see cref="Serializer"/>, so a user type only
/// needs <c>[GenerateSerializer]</c>. Thread safe; one instance can serve every backend of a silo.
/// </summary>
public sealed class StateSerializers
{
    /// <summary>Orleans' serializer for types without a fast path; null when only fast-path types are used.</summary>
    private readonly Serializer? orleans;

    /// <summary>Serializers already built, by value type, so registration does not rebuild them.</summary>
    private readonly ConcurrentDictionary<Type, object> cache = new();

    public StateSerializers(Serializer? orleans = null) => this.orleans = orleans;

    /// <summary>Uses the Orleans serializer registered in <paramref name="services"/> (a silo's, or a test's).</summary>
    public static StateSerializers FromServices(IServiceProvider services) =>
        new(services.GetRequiredService<Serializer>());

    public StateSerializer<T> For<T>() => (StateSerializer<T>)cache.GetOrAdd(typeof(T), static (_, self) => self.Create<T>(), this);

    internal StateSerializer<List<T>> ListOf<T>() =>
        (StateSerializer<List<T>>)cache.GetOrAdd(
            typeof(List<T>), static (_, self) => new ListStateSerializer<T>(self.For<T>()), this);

    internal StateSerializer<Dictionary<TKey, TValue>> MapOf<TKey, TValue>()
        where TKey : notnull =>
        (StateSerializer<Dictionary<TKey, TValue>>)cache.GetOrAdd(
            typeof(Dictionary<TKey, TValue>),
            static (_, self) => new MapStateSerializer<TKey, TValue>(self.For<TKey>(), self.For<TValue>()),
            this);

    private object Create<T>()
    {
        object? fast = typeof(T) switch
        {
            var t when t == typeof(long) => Int64StateSerializer.Instance,
            var t when t == typeof(int) => Int32StateSerializer.Instance,
            var t when t == typeof(double) => DoubleStateSerializer.Instance,
            var t when t == typeof(string) => StringStateSerializer.Instance,
            var t when t == typeof(bool) => BooleanStateSerializer.Instance,
            var t when t == typeof(byte[]) => ByteArrayStateSerializer.Instance,
            var t when t == typeof((long, long)) => Int64PairStateSerializer.Instance,
            _ => null,
        };

        if (fast is not null)
        {
            return fast;
        }

        if (orleans is null)
        {
            throw new InvalidOperationException(
                $"State of type {typeof(T)} needs Orleans serialization: construct StateSerializers with a Serializer.");
        }

        return new OrleansStateSerializer<T>(orleans);
    }
}
