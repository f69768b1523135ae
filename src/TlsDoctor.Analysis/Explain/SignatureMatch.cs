namespace TlsDoctor.Analysis.Explain;

/// <summary>One signature found in a message: which, the text it matched and where.</summary>
public sealed record SignatureMatch(ErrorSignature Signature, string MatchedText, int Index);
