namespace IcpBadge.Audits.Evidence;

/// <summary>One file of an evidence directory, named by the SHA-256 of its bytes.</summary>
/// <param name="Kind">What it holds: <c>html</c> (the page as received), <c>png</c> (the footer screenshot) or <c>json</c> (the target's <c>evidence.json</c>).</param>
/// <param name="Sha256">The SHA-256 of the bytes, 64 lower-case hex digits.</param>
/// <param name="Name">The file name in the directory: the hash and an extension, e.g. <c>9f86…08.html</c>.</param>
/// <param name="Length">The file's length in bytes.</param>
public sealed record EvidenceFile(string Kind, string Sha256, string Name, long Length);
