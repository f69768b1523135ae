using TlsDoctor.Scanning.Probes;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Scanning.Vulnerabilities.Robot;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.Robot;

/// <summary>How rounds of answers read (robot-detect's rules) and how one answer is classified.</summary>
public sealed class RobotVerdictTests
{
    private static readonly RobotResponse BadMac = new(RobotReaction.Alert, AlertDescription.BadRecordMac, RobotReaction.Closed);
    private static readonly RobotResponse Failure = new(RobotReaction.Alert, AlertDescription.HandshakeFailure, RobotReaction.Closed);
    private static readonly RobotResponse Silence = new(RobotReaction.Silence);

    [Fact]
    public void AllAlike_SameAnswerFiveTimes_True() =>
        Assert.True(RobotVerdict.AllAlike([BadMac, BadMac, BadMac, BadMac, BadMac]));

    [Fact]
    public void AllAlike_SameAlertButResetAfterIt_False() =>
        Assert.False(RobotVerdict.AllAlike([BadMac, BadMac, BadMac, BadMac, BadMac with { Then = RobotReaction.Reset }]));

    [Fact]
    public void IsStrong_WrongFirstBytesUnlikeZeroInWrongPlace_Strong() =>
        // correct, wrong first bytes, 0x00 wrong place, no 0x00, wrong version
        Assert.True(RobotVerdict.IsStrong([BadMac, Failure, BadMac, Failure, BadMac]));

    [Fact]
    public void IsStrong_OnlyCorrectMessageStandsOut_Weak() =>
        Assert.False(RobotVerdict.IsStrong([Silence, Failure, Failure, Failure, Failure]));

    [Fact]
    public void Same_RoundRepeatedWithOneChange_False() =>
        Assert.False(RobotVerdict.Same([BadMac, Failure, BadMac, Failure, BadMac], [BadMac, Failure, BadMac, BadMac, BadMac]));

    [Fact]
    public void Describe_Round_NamesEachVectorAndAlert()
    {
        var text = RobotVerdict.Describe([BadMac, Failure, BadMac, Failure, Silence]);

        Assert.StartsWith("correct padding → alert bad_record_mac, then close; wrong first bytes → alert handshake_failure", text, StringComparison.Ordinal);
        Assert.EndsWith("wrong version → silence", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, 150)]      // loopback: the floor
    [InlineData(400, 1600)]   // a slow link: four flight times
    [InlineData(3000, 5000)]  // never past the read timeout
    public void AnswerTimeout_FlightTime_FourFlightTimesBetweenTheFloorAndReadTimeout(int flightMs, int expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), RobotQuery.AnswerTimeout(TimeSpan.FromMilliseconds(flightMs), TimeSpan.FromSeconds(5)));

    [Fact]
    public void Classify_AlertRecord_AlertWithDescription() =>
        Assert.Equal(Failure with { Then = null }, RobotQuery.Classify(new RecordRead(new TlsRecord(ContentType.Alert, 0x0303, [2, 40]), null)));

    [Theory]
    [InlineData(ConnectionErrorKind.Closed, RobotReaction.Closed)]
    [InlineData(ConnectionErrorKind.Reset, RobotReaction.Reset)]
    [InlineData(ConnectionErrorKind.ReadTimeout, RobotReaction.Silence)]
    [InlineData(ConnectionErrorKind.ByteBudgetExceeded, RobotReaction.Malformed)]
    public void Classify_ConnectionError_Reaction(ConnectionErrorKind kind, RobotReaction reaction) =>
        Assert.Equal(new RobotResponse(reaction), RobotQuery.Classify(new RecordRead(null, new ConnectionError(kind, "x"))));
}
