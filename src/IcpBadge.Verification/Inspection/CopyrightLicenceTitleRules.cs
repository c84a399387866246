using System.Globalization;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using IcpBadge.Localization;
using IcpBadge.Rules;
using Text = IcpBadge.Verification.VerificationText;

namespace IcpBadge.Verification;

/// <summary>
/// The rules about the site rather than its numbers (docs/verification.md): the copyright line (CPR001, CPR002), the operating
/// licence (LIC001), the site name in the title and headings (TTL001, TTL002), and a site open before its ICP
/// approval (PRE001).
/// </summary>
internal sealed partial class CopyrightLicenceTitleRules(InspectionScope scope)
{
    private readonly PageDocument _page = scope.Page;
    private readonly PageFindings _findings = scope.Findings;

    /// <summary>PRE001: the site answers while <c>Icp.ApprovedOn</c> is empty or in the future.</summary>
    public void CheckPrematureSite()
    {
        if (scope.Config is not { } config)
        {
            return;
        }

        if (config.IcpApprovedOn is not { } approved || approved > scope.Today)
        {
            var when = config.IcpApprovedOn is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            _findings.Add(VerificationRules.Pre001, FindingSeverity.Error,
                when is null ? Text.Get("Finding.PRE001.NoApprovalDate") : Text.Format("Finding.PRE001.ApprovedLater", when),
                string.Empty);
        }
    }

    /// <summary>CPR001 and CPR002: an error where the province requires the copyright line (<see cref="ProvinceRules.CopyrightRequired"/>), a warning elsewhere.</summary>
    public void CheckCopyright(IReadOnlyList<Candidate> candidates)
    {
        var lines = FooterCopyrightLines();
        var province = scope.Config?.Province ??
            candidates.FirstOrDefault(c => c.Kind == CandidateKind.Icp && c.Icp!.Success)?.Icp!.Value.Province;
        var required = province is not null && ProvinceRules.For(province).CopyrightRequired;
        var severity = required ? FindingSeverity.Error : FindingSeverity.Warning;
        if (scope.IsHomePage && lines.Count == 0)
        {
            _findings.Add(VerificationRules.Cpr001, severity,
                required
                    ? Text.Format("Finding.CPR001.MissingRequired", new LocalizedText(province!.FullName, province.EnglishName), province.IcpAbbreviation)
                    : Text.Get("Finding.CPR001.Missing"),
                string.Empty);
        }

        if (scope.Config is { CopyrightHolder: { } holder } config && lines.Count > 0)
        {
            var names = new[] { holder }.Concat(config.CopyrightAliases).Select(SquashedText.Of).Where(n => n.Length > 0).ToList();
            if (!lines.Any(line => names.Any(n => SquashedText.Contains(line, n))))
            {
                _findings.Add(VerificationRules.Cpr002, severity,
                    Text.Format("Finding.CPR002.HolderMissing", holder),
                    lines[0]);
            }
        }
    }

    /// <summary>LIC001: a commercial site's home page shows its operating licence number.</summary>
    public void CheckLicence(IReadOnlyList<Candidate> candidates)
    {
        if (!scope.IsHomePage || scope.Config is not { Commercial: true } config)
        {
            return;
        }

        var shown = candidates.Where(c => c.Kind == CandidateKind.Licence).Select(c => c.Licence!).ToList();
        var ok = config.LicenseNumber is { } expected
            ? shown.Any(l => l.Equals(expected) || string.Equals(l.Digits, expected.Digits, StringComparison.Ordinal))
            : shown.Count > 0;
        if (!ok)
        {
            var what = config.LicenseNumber is { } number ? new LocalizedText(number.ToString(), number.ToString()) : Text.Get("Finding.LIC001.AnyLicence");
            _findings.Add(VerificationRules.Lic001, FindingSeverity.Error,
                Text.Format("Finding.LIC001.Missing", what),
                string.Empty);
        }
    }

    /// <summary>TTL001 and TTL002: the filed site name in the home page's title and in a visible heading or logo.</summary>
    public void CheckTitle()
    {
        if (!scope.IsHomePage || scope.Config?.Name is not { Length: > 0 } name)
        {
            return;
        }

        var wanted = SquashedText.Of(name);
        if (_page.Title is null || !SquashedText.Contains(_page.Title, wanted))
        {
            _findings.Add(VerificationRules.Ttl001, FindingSeverity.Error,
                Text.Format("Finding.TTL001.TitleWithoutName", name),
                _page.Title ?? string.Empty);
        }

        if (!HeadingAndLogoTexts().Any(t => SquashedText.Contains(t, wanted)))
        {
            _findings.Add(VerificationRules.Ttl002, FindingSeverity.Warning,
                Text.Format("Finding.TTL002.HeadingWithoutName", name),
                string.Empty);
        }
    }

    /// <summary>The footer-area lines of the scan text holding a copyright mark, trimmed, in page order.</summary>
    private List<string> FooterCopyrightLines()
    {
        var lines = new List<string>();
        var text = _page.Text;
        var lineEnd = -1;
        foreach (var match in CopyrightRegex().EnumerateMatches(text))
        {
            // The pattern cannot span a line break, so the lines holding a match are those IsMatch accepts line by
            // line; the whole text is searched once and no string is made for the lines without one.
            if (match.Index < lineEnd)
            {
                continue;
            }

            var lineStart = text.LastIndexOf('\n', match.Index) + 1;
            lineEnd = text.IndexOf('\n', match.Index);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (scope.Footer.Contains(_page.Locate(lineStart, lineEnd - lineStart)))
            {
                lines.Add(text.AsSpan(lineStart, lineEnd - lineStart).Trim().ToString());
            }
        }

        return lines;
    }

    private IEnumerable<string> HeadingAndLogoTexts()
    {
        foreach (var node in _page.Body.Descendants().Where(n => n.NodeType == HtmlNodeType.Element))
        {
            if (Markup.IsHiddenWithin(node))
            {
                continue;
            }

            var name = node.Name.ToLowerInvariant();
            var isHeading = name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
            var isLogo = node.GetAttributeValue("class", string.Empty).Contains("logo", StringComparison.OrdinalIgnoreCase) ||
                node.GetAttributeValue("id", string.Empty).Contains("logo", StringComparison.OrdinalIgnoreCase) ||
                (name == "img" && node.GetAttributeValue("src", string.Empty).Contains("logo", StringComparison.OrdinalIgnoreCase));
            if (isHeading || isLogo)
            {
                yield return HtmlEntity.DeEntitize(node.InnerText);
                foreach (var img in node.DescendantsAndSelf("img"))
                {
                    yield return img.GetAttributeValue("alt", string.Empty);
                }
            }
        }
    }

    [GeneratedRegex(@"版权所有|版权所属|©|copyright|all rights reserved", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightRegex();
}
