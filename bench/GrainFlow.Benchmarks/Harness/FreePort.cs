using System.Net;
using System.Net.Sockets;

namespace GrainFlow.Benchmarks.Harness;

/// <summary>A free loopback port, so the benchmark's silo never collides with another on this shared machine.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
