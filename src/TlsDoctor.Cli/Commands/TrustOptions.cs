using System.CommandLine;
using TlsDoctor.Certificates.Trust;

namespace TlsDoctor.Cli.Commands;

/// <summary>--ca-file and --trust, shared by `scan` and `cert`: the anchors a chain is judged against.</summary>
internal sealed class TrustOptions
{
    public const string System = "system";
    public const string Mozilla = "mozilla";

    public Option<string> CaFile { get; } = new("--ca-file")
    {
        Description = "Trust only the CA certificates in FILE (a PEM bundle, a DER certificate, or a directory of them) "
            + "instead of the system store, like curl's --cacert: for servers with a private CA.",
        HelpName = "FILE",
    };

    public Option<string> Trust { get; } = new("--trust")
    {
        Description = "The trust store: the operating system's, or Mozilla's root program as Debian ships it "
            + "(/usr/share/ca-certificates/mozilla).",
        HelpName = "system|mozilla",
        DefaultValueFactory = _ => System,
        // One line, unlike AcceptOnlyFromAmong's message, which lists the values one per line.
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (text is System or Mozilla)
            {
                return text;
            }

            result.AddError($"--trust must be {System} or {Mozilla}, not '{text}'");
            return System;
        },
    };

    public void AddTo(Command command)
    {
        command.Options.Add(CaFile);
        command.Options.Add(Trust);
        command.Validators.Add(result =>
        {
            if (result.GetResult(CaFile) is null)
            {
                return;
            }

            if (string.IsNullOrWhiteSpace(result.GetValue(CaFile)))
            {
                result.AddError("--ca-file needs a file name");
            }

            if (result.GetResult(Trust) is { Implicit: false })
            {
                result.AddError("--ca-file replaces the trust store; it cannot be combined with --trust");
            }
        });
    }

    /// <summary>Whether --ca-file or --trust was given on the command line.</summary>
    public bool Given(System.CommandLine.Parsing.CommandResult result) =>
        result.GetResult(CaFile) is not null || result.GetResult(Trust) is { Implicit: false };

    public TrustSelection Read(ParseResult parse) => new(parse.GetValue(CaFile), parse.GetValue(Trust) == Mozilla);
}

/// <summary>The trust store asked for on the command line, loaded when the command runs.</summary>
/// <param name="CaFile">--ca-file: these anchors alone, replacing the system store.</param>
/// <param name="Mozilla">--trust mozilla.</param>
internal sealed record TrustSelection(string? CaFile = null, bool Mozilla = false)
{
    /// <summary>The store from --ca-file or --trust mozilla; null for the system store (the default).</summary>
    /// <exception cref="TrustStoreException">The file or the Mozilla roots cannot be loaded; the message is one line.</exception>
    public TrustStore? LoadExplicit() =>
        CaFile is { } path ? TrustStore.FromFile(path)
        : Mozilla ? TrustStore.Mozilla()
        : null;

    /// <summary>
    /// The store to judge by; a machine without a system store gets an empty one whose description says so (every
    /// chain then reads "unknown issuer"), as a scan does.
    /// </summary>
    /// <exception cref="TrustStoreException">--ca-file or --trust mozilla cannot be loaded.</exception>
    public TrustStore Load()
    {
        if (LoadExplicit() is { } store)
        {
            return store;
        }

        try
        {
            return TrustStore.System();
        }
        catch (TrustStoreException e)
        {
            return TrustStore.FromCertificates([], TrustStoreKind.System, $"no system trust store ({e.Message}); install ca-certificates or give --ca-file");
        }
    }
}
