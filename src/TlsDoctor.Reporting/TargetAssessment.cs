using TlsDoctor.Analysis.Compliance;
using TlsDoctor.Analysis.Grading;

namespace TlsDoctor.Reporting;

/// <summary>What the analysis made of one target's scan: its grade and each policy it was checked against.</summary>
/// <param name="Grade">Null when the scan did not complete (nothing to grade).</param>
/// <param name="Compliance">One result per policy given with <c>scan --policy</c>; empty when none.</param>
public sealed record TargetAssessment(GradeResult? Grade, IReadOnlyList<ComplianceResult> Compliance);
