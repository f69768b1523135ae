namespace TlsDoctor.Lab;
internal static class AssemblyMarker;
