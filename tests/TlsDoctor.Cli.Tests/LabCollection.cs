using TlsDoctor.Testing.Lab;

namespace TlsDoctor.Cli.Tests;

/// <summary>Shares one set of lab servers among the CLI tests that need them (xunit wants the definition here).</summary>
[CollectionDefinition(LabServers.CollectionName)]
public sealed class LabCollection : ICollectionFixture<LabServers>;
