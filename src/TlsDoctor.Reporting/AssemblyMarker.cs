namespace TlsDoctor.Reporting;
internal static class AssemblyMarker;
