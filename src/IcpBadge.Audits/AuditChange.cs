namespace IcpBadge.Audits;

/// <summary>
/// One change of a site since its last completed run: a finding new or fixed, an obligation's state, a page becoming
/// reachable or unreachable. <see cref="Rule"/> or <see cref="Obligation"/> says what it is about.
/// </summary>
/// <param name="SiteId">The site's id (<c>Site.Id</c>).</param>
/// <param name="Site">The site's display name.</param>
/// <param name="Kind">What changed.</param>
/// <param name="Rule">The verifier rule (e.g. <c>ICP006</c>, <c>NET001</c>) for a finding or reachability change; null for an obligation.</param>
/// <param name="Obligation">The obligation id (<c>D1</c>–<c>D10</c>) for a state change of an obligation; null otherwise.</param>
/// <param name="Target">The home page it is about; null for an obligation.</param>
/// <param name="From">The state name or severity before (<c>Pending</c>, <c>warning</c>, <c>ok</c>…); null when there was none.</param>
/// <param name="To">The state name or severity now; null when there is none (a fixed finding).</param>
public sealed record AuditChange(
    string SiteId,
    string Site,
    AuditChangeKind Kind,
    string? Rule,
    string? Obligation,
    string? Target,
    string? From,
    string? To);
