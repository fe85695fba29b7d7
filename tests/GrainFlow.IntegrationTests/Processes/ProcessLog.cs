using System.Diagnostics;

namespace GrainFlow.IntegrationTests.Processes;

/// <summary>
/// Starts a process with its stdout and stderr appended, line by line, to a log file that outlives restarts (each
/// incarnation is headed by a marker line), and hands every line to an observer as it arrives. The file is closed
/// when both pipes have ended, so a late line never meets a closed writer.
/// </summary>
internal static class ProcessLog
{
    public static Process Start(ProcessStartInfo start, string logFile, string name, Action<string> onLine)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var writer = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var gate = new object();
        var openPipes = 2;
        var process = new Process { StartInfo = start };
        void Receive(object? sender, DataReceivedEventArgs e)
        {
            lock (gate)
            {
                if (e.Data is { } line)
                {
                    writer.WriteLine(line);
                }
                else if (--openPipes == 0)
                {
                    writer.WriteLine($"==== {name} closed its output at {DateTime.UtcNow:O}");
                    writer.Dispose();
                }
            }

            if (e.Data is { } observed)
            {
                onLine(observed);
            }
        }

        process.OutputDataReceived += Receive;
        process.ErrorDataReceived += Receive;
        writer.WriteLine($"==== {name} starting at {DateTime.UtcNow:O}: {start.FileName} {string.Join(' ', start.ArgumentList)}");
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
