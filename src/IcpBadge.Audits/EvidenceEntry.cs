using IcpBadge.Localization;

namespace IcpBadge.Audits;

/// <summary>The evidence kept for one target of a site: its files and their SHA-256, and notes (a screenshot skipped, and why).</summary>
/// <param name="Target">The target (a home page URL), as in the site's <see cref="SiteAudit.Targets"/>.</param>
/// <param name="Files">The files kept.</param>
/// <param name="Notes">What could not be kept and why, in both languages; empty when everything was.</param>
public sealed record EvidenceEntry(string Target, IReadOnlyList<EvidenceFile> Files, IReadOnlyList<LocalizedText> Notes);
