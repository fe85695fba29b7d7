using System.Diagnostics;

namespace GrainFlow.IntegrationTests.Processes;

/// <summary>
/// POSIX signals for the faults .NET's <see cref="Process"/> cannot inject: SIGSTOP freezes a process the way a long
/// GC pause or a hung VM does (its sockets stay open, it just stops answering); SIGCONT thaws it; SIGTERM asks a
/// process to shut down cleanly.
/// </summary>
internal static class ProcessSignals
{
    public static void Stop(int pid) => Send("STOP", pid);

    public static void Continue(int pid) => Send("CONT", pid);

    public static void Terminate(int pid) => Send("TERM", pid);

    private static void Send(string signal, int pid)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", $"-{signal} {pid}") { UseShellExecute = false })
            ?? throw new InvalidOperationException("Could not start kill.");
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {pid} exited with {kill.ExitCode}.");
        }
    }
}
