using System.Net;
using System.Net.Sockets;

namespace GrainFlow.Tests.Api;

/// <summary>Loopback TCP ports free at the moment of asking, for the silo and gateway of a test host.</summary>
internal static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
