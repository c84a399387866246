namespace IcpBadge.Audits;

/// <summary>One file of a target's evidence, named by its content hash.</summary>
/// <param name="Kind">What it is: <c>html</c> (the bytes as received), <c>png</c> (the footer screenshot) or <c>json</c> (<c>evidence.json</c>).</param>
/// <param name="Path">Where it is, relative to the evidence folder, with <c>/</c> separators.</param>
/// <param name="Sha256">The SHA-256 of its bytes, 64 lower-case hex digits.</param>
/// <param name="Bytes">Its length in bytes.</param>
public sealed record EvidenceFile(string Kind, string Path, string Sha256, long Bytes);
