namespace TlsDoctor.Analysis;
internal static class AssemblyMarker;
