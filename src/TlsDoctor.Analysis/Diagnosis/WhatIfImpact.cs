using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Analysis.Compatibility;
using TlsDoctor.Scanning;

namespace TlsDoctor.Analysis.Diagnosis;

/// <summary>Who loses and who gains access if the server made <see cref="Change"/>, each with its result after it.</summary>
public sealed record WhatIfImpact(WhatIfChange Change, IReadOnlyList<CompatibilityResult> Lost, IReadOnlyList<CompatibilityResult> Gained)
{
    public static WhatIfImpact Compute(ServerScanResult scan, WhatIfChange change, IReadOnlyList<ClientProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(change);
        var before = CompatibilityMatrix.Run(profiles, scan);
        var after = CompatibilityMatrix.Run(profiles, WhatIf.Apply(scan, change));
        return new WhatIfImpact(change, CompatibilityMatrix.LostAccess(before, after), CompatibilityMatrix.GainedAccess(before, after));
    }
}
