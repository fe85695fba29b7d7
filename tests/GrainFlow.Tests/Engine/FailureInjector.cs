namespace GrainFlow.Tests.Engine;

/// <summary>
/// Arms one-shot failures inside the in-process silos (which share this process's statics): a failure while
/// processing, and a failure while restoring state. Each fires once and disarms itself.
/// </summary>
public static class FailureInjector
{
    private static int _processingFailures;
    private static int _restoreFailures;

    public static int ProcessingFailuresFired { get; private set; }

    public static int RestoreFailuresFired { get; private set; }

    public static void Reset()
    {
        _processingFailures = 0;
        _restoreFailures = 0;
        ProcessingFailuresFired = 0;
        RestoreFailuresFired = 0;
    }

    public static void ArmProcessingFailure() => Interlocked.Exchange(ref _processingFailures, 1);

    public static void ArmRestoreFailure() => Interlocked.Exchange(ref _restoreFailures, 1);

    public static void OnProcess()
    {
        if (Interlocked.Exchange(ref _processingFailures, 0) == 1)
        {
            ProcessingFailuresFired++;
            throw new InjectedFailureException("injected failure while processing");
        }
    }

    public static void OnRestore()
    {
        if (Interlocked.Exchange(ref _restoreFailures, 0) == 1)
        {
            RestoreFailuresFired++;
            throw new InjectedFailureException("injected failure while restoring");
        }
    }
}
