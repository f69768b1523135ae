using TlsDoctor.Lab.Scripted;
using TlsDoctor.Scanning.Transport;
using static TlsDoctor.Scanning.Tests.ScriptedServer.ScriptedScan;

namespace TlsDoctor.Scanning.Tests.ScriptedServer;

/// <summary>A scripted server that answers with no TLS must give a clear failure: no exception, no hang.</summary>
public sealed class ScanScriptedHostileTests
{
    [Theory]
    [InlineData(HostileMode.Garbage, ScanOutcome.NotTls, ConnectionErrorKind.NotTls, "bytes that are not a TLS record")]
    [InlineData(HostileMode.Reset, ScanOutcome.NoProtocol, ConnectionErrorKind.Reset, "reset the connection")]
    [InlineData(HostileMode.TruncateMidRecord, ScanOutcome.NoProtocol, ConnectionErrorKind.Malformed, "unfinished TLS record")]
    [InlineData(HostileMode.MalformedServerHello, ScanOutcome.NoProtocol, ConnectionErrorKind.Malformed, "malformed ServerHello")]
    [InlineData(HostileMode.Silent, ScanOutcome.NotTls, ConnectionErrorKind.ReadTimeout, "no answer within")]
    public async Task Scan_ScriptedHostileServer_FailsClearlyWithoutHanging(HostileMode mode, ScanOutcome outcome, ConnectionErrorKind kind, string message)
    {
        var result = await RunAsync(ScriptedChains.Rsa with { Hostile = mode });

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(kind, result.Failure?.Kind);
        Assert.Contains(message, result.Failure!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Protocols, p => p.Supported);
        Assert.Empty(result.CipherSuites);
    }
}
