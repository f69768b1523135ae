using TlsDoctor.Testing.Lab;

namespace TlsDoctor.Analysis.Tests.RealServers;

/// <summary>Tests in this collection share one running lab (xunit 2 needs the definition in the test assembly).</summary>
[CollectionDefinition(Name)]
public sealed class LabCollection : ICollectionFixture<LabServers>
{
    public const string Name = LabServers.CollectionName;
}
