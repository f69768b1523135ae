using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace TlsDoctor.Cli;

/// <summary>
/// Help output: System.CommandLine's help followed by the exit codes of the command asked about (all of them for
/// the root). (Its HelpBuilder is internal in 2.0, so the help action is wrapped rather than customised.)
/// </summary>
internal static class HelpSections
{
    public static void AddExitCodes(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is HelpAction inner)
        {
            help.Action = new HelpWithExitCodes(inner);
        }
    }

    private sealed class HelpWithExitCodes(HelpAction inner) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var code = inner.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Exit codes:");
            foreach (var (exitCode, meaning) in ExitCodes.ForCommand(parseResult.CommandResult.Command.Name))
            {
                output.WriteLine($"  {exitCode,-5}{meaning}");
            }

            output.WriteLine();
            return code;
        }
    }
}
