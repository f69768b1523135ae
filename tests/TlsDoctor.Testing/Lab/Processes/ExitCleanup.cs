using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace TlsDoctor.Testing.Lab.Processes;

/// <summary>
/// Last-resort cleanup of what the lab started and wrote, for when no fixture got to dispose: runs when the
/// test process exits normally and on SIGTERM, SIGINT or SIGHUP (since .NET 10 the runtime no longer turns
/// SIGTERM into ProcessExit). The handlers do not cancel the signal, so the process still ends as it would
/// have. A SIGKILL of the test host cannot be caught: then the servers outlive it, on their own ports and
/// in temp directories of their own.
/// </summary>
internal static class ExitCleanup
{
    private static readonly ConcurrentDictionary<object, Action> Actions = new();
    private static readonly PosixSignalRegistration[] SignalHandlers = Register();

    /// <summary>Runs <paramref name="action"/> at exit unless <see cref="Remove"/> is called first.</summary>
    public static void Add(object key, Action action) => Actions[key] = action;

    public static void Remove(object key) => Actions.TryRemove(key, out _);

    /// <summary>Deletes <paramref name="directory"/> at exit (if it still exists then).</summary>
    public static void DeleteDirectoryAtExit(string directory) => Add(directory, () =>
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    });

    private static PosixSignalRegistration[] Register()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RunAll();
        return OperatingSystem.IsWindows()
            ? []
            : [.. new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGHUP }
                .Select(signal => PosixSignalRegistration.Create(signal, _ => RunAll()))];
    }

    private static void RunAll()
    {
        // Processes first (they hold files in the directories), directories after.
        foreach (var (key, action) in Actions.OrderBy(a => a.Key is string ? 1 : 0))
        {
            if (Actions.TryRemove(key, out _))
            {
                action();
            }
        }
    }
}
