using System.Net;
using System.Net.Sockets;

namespace GrainFlow.IntegrationTests.Processes;

/// <summary>
/// Loopback TCP ports free at the moment of asking. Each process keeps its ports for the whole test, so a restart
/// comes back where the cluster (and the test) expect it.
/// </summary>
internal static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>True when something accepts connections on <paramref name="port"/>.</summary>
    public static async Task<bool> AnswersAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port).WaitAsync(TimeSpan.FromSeconds(1));
            return true;
        }
        catch (Exception e) when (e is SocketException or TimeoutException)
        {
            return false;
        }
    }
}
