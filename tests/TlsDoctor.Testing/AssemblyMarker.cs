namespace TlsDoctor.Testing;
internal static class AssemblyMarker;
