namespace GrainFlow.Silo.Hosting;

/// <summary>
/// Reads the host's settings so that a value of the wrong type (<c>FlushToDisk=maybe</c>, <c>SiloPort=abc</c>, an
/// unknown storage mode) is refused as a configuration error naming the key, like every other refused setting, and
/// not thrown as the binder's <see cref="InvalidOperationException"/>, which would abort the process with a stack
/// trace that an orchestrator restarts as a crash.
/// </summary>
internal static class ConfigurationValues
{
    /// <summary>The value at <paramref name="key"/>, or <paramref name="fallback"/> when it is not set.</summary>
    public static T Read<T>(IConfiguration configuration, string key, T fallback)
    {
        T value;
        try
        {
            value = configuration.GetValue(key, fallback)!;
        }
        catch (InvalidOperationException e)
        {
            throw Refused(key, configuration[key], typeof(T), e);
        }

        // The binder takes any number for an enum ("Mode=7"), which no switch over the enum's names expects.
        return typeof(T).IsEnum && !Enum.IsDefined(typeof(T), value!) ? throw Refused(key, configuration[key], typeof(T), null) : value;
    }

    /// <summary>Binds <paramref name="section"/> onto <paramref name="options"/>.</summary>
    public static void Bind(IConfigurationSection section, object options)
    {
        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException e)
        {
            // The binder's message names the key, the value and the type it failed to convert to.
            throw new OrleansConfigurationException(e.Message, e);
        }
    }

    private static OrleansConfigurationException Refused(string key, string? value, Type type, InvalidOperationException? e)
    {
        var expected = type.IsEnum ? $"one of {string.Join(", ", Enum.GetNames(type))}"
            : type == typeof(bool) ? "true or false"
            : $"a {type.Name}";
        var message = $"{key} must be {expected}, not '{value}'.";
        return e is null ? new OrleansConfigurationException(message) : new OrleansConfigurationException(message, e);
    }
}
