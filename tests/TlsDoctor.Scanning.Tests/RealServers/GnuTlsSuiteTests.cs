using TlsDoctor.Testing.Lab;
using TlsDoctor.Testing.Lab.Clients;

namespace TlsDoctor.Scanning.Tests.RealServers;

public sealed class GnuTlsSuiteTests
{
    [Theory]
    [InlineData(LabProtocols.Tls10, "TLS_RSA_WITH_RC4_128_SHA", "+VERS-TLS1.0:-CIPHER-ALL:+ARCFOUR-128:-MAC-ALL:+SHA1:-KX-ALL:+RSA")]
    [InlineData(LabProtocols.Tls11, "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA", "+VERS-TLS1.1:-CIPHER-ALL:+3DES-CBC:-MAC-ALL:+SHA1:-KX-ALL:+ECDHE-RSA")]
    [InlineData(LabProtocols.Tls12, "TLS_DHE_RSA_WITH_AES_128_CCM", "+VERS-TLS1.2:-CIPHER-ALL:+AES-128-CCM:-MAC-ALL:+AEAD:-KX-ALL:+DHE-RSA")]
    [InlineData(LabProtocols.Tls12, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "+VERS-TLS1.2:-CIPHER-ALL:+CHACHA20-POLY1305:-MAC-ALL:+AEAD:-KX-ALL:+ECDHE-RSA")]
    [InlineData(LabProtocols.Tls12, "TLS_RSA_WITH_AES_128_CBC_SHA256", "+VERS-TLS1.2:-CIPHER-ALL:+AES-128-CBC:-MAC-ALL:+SHA256:-KX-ALL:+RSA")]
    public void Priority_IanaSuite_AllowsOnlyItsParts(string protocol, string suite, string expectedTail)
    {
        Assert.Equal("NORMAL:-VERS-ALL:" + expectedTail, GnuTlsSuite.Priority(protocol, suite));
    }

    [Theory]
    [InlineData(LabProtocols.Tls13, "TLS_AES_128_GCM_SHA256")]
    [InlineData(LabProtocols.Tls12, "TLS_PSK_WITH_AES_128_GCM_SHA256")]
    [InlineData(LabProtocols.Tls12, "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA")]
    public void Priority_UnmappedSuiteOrProtocol_Throws(string protocol, string suite)
    {
        Assert.Throws<ArgumentException>(() => GnuTlsSuite.Priority(protocol, suite));
    }
}
