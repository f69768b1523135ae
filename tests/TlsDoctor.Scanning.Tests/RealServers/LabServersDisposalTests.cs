using System.Diagnostics;
using TlsDoctor.Testing.Lab;
using Xunit.Abstractions;

namespace TlsDoctor.Scanning.Tests.RealServers;

/// <summary>A lab of its own (not the shared fixture), to watch it stop.</summary>
public sealed class LabServersDisposalTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DisposeAsync_AfterStart_LeavesNoProcessNoListenerNoDirectory()
    {
        var lab = new LabServers();
        await lab.InitializeAsync();
        var processIds = lab.ProcessIds;
        var ports = lab.Targets.Select(t => t.Port).ToList();
        var directory = lab.StateDirectory;
        output.WriteLine($"lab up in {lab.StartupTime.TotalMilliseconds:0} ms on ports {lab.BasePort}+");
        Assert.NotEmpty(processIds);
        Assert.All(processIds, id => Assert.True(IsRunning(id), $"pid {id} should run while the lab is up"));

        await lab.DisposeAsync();

        Assert.All(processIds, id => Assert.False(IsRunning(id), $"pid {id} still runs after dispose"));
        Assert.All(ports, port => Assert.False(Listening(port), $"port {port} still accepts after dispose"));
        Assert.False(Directory.Exists(directory));
        lab.Dispose(); // xunit calls both DisposeAsync and Dispose on a fixture: the second is a no-op
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool Listening(int port)
    {
        using var client = new System.Net.Sockets.TcpClient(System.Net.Sockets.AddressFamily.InterNetwork);
        try
        {
            client.Connect(System.Net.IPAddress.Loopback, port);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
