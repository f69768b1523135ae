using TlsDoctor.Testing.Lab.Processes;

namespace TlsDoctor.Testing.Lab;

// Stopping: kill exactly what was started, then delete this run's directory.
public sealed partial class LabServers
{
    public async Task DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        await StopAllAsync();
        if (stateDirectory is not null && Directory.Exists(stateDirectory))
        {
            Directory.Delete(stateDirectory, recursive: true);
        }

        if (stateDirectory is not null)
        {
            ExitCleanup.Remove(stateDirectory);
        }
    }

    public void Dispose() => DisposeAsync().GetAwaiter().GetResult();

    private async Task StopAllAsync()
    {
        foreach (var process in processes)
        {
            process.Dispose();
        }

        processes.Clear();
        gnuTls?.Dispose();
        gnuTls = null;
        await Task.WhenAll(services.Select(s => s.DisposeAsync().AsTask()));
        services.Clear();
    }
}
