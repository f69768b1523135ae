using Spectre.Console;
using TlsDoctor.Scanning;

namespace TlsDoctor.Reporting.Console;

/// <summary>
/// Live progress bars, one per target, for an interactive terminal (stderr). The caller decides when to show it:
/// never when the output is redirected, --quiet, or JSON on stdout. The bars clear when the work ends.
/// </summary>
public static class ScanProgressDisplay
{
    public static async Task<T> RunAsync<T>(
        TextWriter terminal,
        bool color,
        IReadOnlyList<ScanTarget> targets,
        Func<IProgress<ScanProgress>, Task<T>> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(terminal),
            Interactive = InteractionSupport.Yes,
        });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = targets.Select(t => context.AddTask(Markup.Escape(t.Display), autoStart: true, maxValue: 1)).ToList();
                var reporter = new Reporter(targets, tasks);
                var result = await work(reporter).ConfigureAwait(false);
                foreach (var task in tasks)
                {
                    task.Value = task.MaxValue;
                    task.StopTask();
                }

                return result;
            }).ConfigureAwait(false);
    }

    /// <summary>Moves a target's bar on each report; called from scanner threads (ProgressTask locks itself).</summary>
    private sealed class Reporter(IReadOnlyList<ScanTarget> targets, IReadOnlyList<ProgressTask> tasks) : IProgress<ScanProgress>
    {
        public void Report(ScanProgress value)
        {
            // The same target may be given twice: match the instance the scanner was handed, not an equal value.
            for (var i = 0; i < targets.Count; i++)
            {
                if (ReferenceEquals(targets[i], value.Target))
                {
                    var task = tasks[i];
                    task.MaxValue = Math.Max(1, value.Total);
                    task.Value = Math.Min(value.Done, task.MaxValue);
                    task.Description = Markup.Escape($"{value.Target.Display} {value.Step}");
                    return;
                }
            }
        }
    }
}
