using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Scripted;

/// <summary>
/// A ChangeCipherSpec before the key exchange (RFC 5246 §7.1, §7.4: the client's CCS follows its
/// ClientKeyExchange). Without the flaw: fatal unexpected_message and close, as patched OpenSSL does. With
/// <see cref="ServerBehaviours.CcsInjection"/>: accept it in silence and switch the read side to keys made from an
/// empty master secret, as OpenSSL 1.0.1–1.0.1g did (CVE-2014-0224); the client's next record then fails record
/// protection, and the server says so as that OpenSSL did.
/// </summary>
internal sealed partial class ScriptedConnection
{
    private bool _keyExchangeSeen;
    private bool _earlyCcsAccepted;

    /// <summary>Remembers whether the client has begun its key exchange, after which a CCS is in order.</summary>
    private void NoteKeyExchange(TlsRecord record) =>
        _keyExchangeSeen |= record.Type == ContentType.Handshake && record.Fragment is [(byte)HandshakeType.ClientKeyExchange, ..];

    /// <summary>An early CCS, or any record after one the flawed server accepted (it now reads them "protected").</summary>
    private bool IsChangeCipherSpecOrAfter(TlsRecord record) =>
        _earlyCcsAccepted || (record.Type == ContentType.ChangeCipherSpec && !_keyExchangeSeen);

    private async Task<bool> OnChangeCipherSpecAsync(TlsRecord record)
    {
        var version = (ushort)_agreed!.Version;
        if (_earlyCcsAccepted)
        {
            // OpenSSL 1.0.1 decrypting with keys it should not have: a block cipher rejects a record that is no whole
            // number of blocks with decryption_failed (what testssl.sh looks for); AEAD and stream suites fail the
            // tag or MAC, bad_record_mac (RFC 5246 §7.2.2).
            var alert = _agreed.Suite.Mode == CipherMode.Cbc && record.Fragment.Length % BlockSize(_agreed.Suite) != 0
                ? AlertDescription.DecryptionFailed
                : AlertDescription.BadRecordMac;
            await SendAsync(new Alert(AlertLevel.Fatal, alert).Encode(version)).ConfigureAwait(false);
            return false;
        }

        if (config.Behaviours.HasFlag(ServerBehaviours.CcsInjection))
        {
            _earlyCcsAccepted = true;
            return true;
        }

        await SendAsync(new Alert(AlertLevel.Fatal, AlertDescription.UnexpectedMessage).Encode(version)).ConfigureAwait(false);
        return false;
    }

    /// <summary>Block size of a CBC suite's cipher: 8 bytes for the 64-bit ciphers (3DES, DES, IDEA, RC2), else 16.</summary>
    private static int BlockSize(CipherSuite suite) =>
        suite.Cipher is BulkCipher.TripleDes or BulkCipher.Des or BulkCipher.Des40 or BulkCipher.Idea or BulkCipher.Rc2 ? 8 : 16;
}
