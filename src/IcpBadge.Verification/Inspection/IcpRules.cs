using HtmlAgilityPack;
using IcpBadge.Filing;
using IcpBadge.Localization;
using IcpBadge.Rules;
using Text = IcpBadge.Verification.VerificationText;

namespace IcpBadge.Verification;

/// <summary>The ICP number rules ICP001–ICP013 (docs/verification.md) over one page's ICP-like text.</summary>
internal sealed class IcpRules(InspectionScope scope)
{
    private readonly PageDocument _page = scope.Page;
    private readonly PageFindings _findings = scope.Findings;

    public void Check(IReadOnlyList<Candidate> candidates)
    {
        var icpLike = candidates.Where(c => c.Kind == CandidateKind.Icp).ToList();
        foreach (var lookalike in candidates.Where(c => c.Kind == CandidateKind.IcpLookalike))
        {
            _findings.Add(VerificationRules.Icp002, FindingSeverity.Info,
                Text.Get("Finding.ICP002.Lookalike"),
                lookalike.Text);
        }

        if (scope.IsHomePage && icpLike.Count == 0)
        {
            _findings.Add(VerificationRules.Icp001, FindingSeverity.Error,
                Text.Get("Finding.ICP001.Missing"),
                string.Empty);
        }

        var footerNumbers = new List<IcpFilingNumber>();
        foreach (var candidate in icpLike)
        {
            var parse = candidate.Icp!;
            if (!parse.Success)
            {
                _findings.Add(VerificationRules.Icp002, FindingSeverity.Error,
                    Text.Format("Finding.ICP002.Malformed", parse.Error.Text),
                    candidate.Text);
                continue;
            }

            var number = parse.Value;
            var span = _page.Locate(candidate.Start, candidate.Length);
            var inFooter = scope.Footer.Contains(span);
            if (inFooter)
            {
                footerNumbers.Add(number);
            }

            ExpectedNumber(number, candidate.Text);
            Canonical(parse, number, candidate.Text);
            Link(span, candidate.Text);
            if (!inFooter)
            {
                var firstHalf = span.VisibleOffset < _page.VisibleLength / 2.0;
                _findings.Add(VerificationRules.Icp009, scope.IsHomePage && firstHalf ? FindingSeverity.Error : FindingSeverity.Warning,
                    Text.Get("Finding.ICP009.OutsideFooter"),
                    candidate.Text);
            }

            if (span.Hidden)
            {
                _findings.Add(VerificationRules.Icp010, FindingSeverity.Warning,
                    Text.Get("Finding.ICP010.Hidden"),
                    candidate.Text);
            }
        }

        if (footerNumbers.Count > 0 && footerNumbers.All(n => n.IsAppLike))
        {
            _findings.Add(VerificationRules.Icp011, FindingSeverity.Error,
                Text.Get("Finding.ICP011.AppNumbersOnly"),
                string.Join(" ", footerNumbers.Select(n => n.ToString()).Distinct(StringComparer.Ordinal)));
        }

        var distinct = footerNumbers.Where(n => !n.IsAppLike).Select(n => n.ToString()).Distinct(StringComparer.Ordinal).ToList();
        if (scope.IsHomePage && distinct.Count > 1)
        {
            _findings.Add(VerificationRules.Icp013, FindingSeverity.Warning,
                Text.Get("Finding.ICP013.TwoNumbers"),
                string.Join(" ", distinct));
        }
    }

    /// <summary>ICP003 (another number than configured for the host) or else ICP004 (the wrong form for the province).</summary>
    private void ExpectedNumber(IcpFilingNumber number, string evidence)
    {
        if (number.IsAppLike)
        {
            return;
        }

        var expected = scope.Config?.FooterIcpNumberFor(scope.Host);
        if (expected is not null &&
            (number.Province != expected.Province || !string.Equals(number.Serial, expected.Serial, StringComparison.Ordinal) ||
             (number.Sequence is not null && expected.Sequence is not null && number.Sequence != expected.Sequence)))
        {
            _findings.Add(VerificationRules.Icp003, FindingSeverity.Error,
                Text.Format("Finding.ICP003.Different", expected),
                evidence);
            return;
        }

        // The form wanted comes from the configuration when there is one, else from the province's rule.
        var byConfiguration = expected is not null;
        var wantsMain = expected?.IsMain ?? ProvinceRules.For(number.Province).ShowsMainNumber;
        var province = new LocalizedText(number.Province.Name, number.Province.EnglishName);
        if (wantsMain && !number.IsMain)
        {
            _findings.Add(VerificationRules.Icp004, FindingSeverity.Error,
                byConfiguration
                    ? Text.Format("Finding.ICP004.MainByConfiguration", number.Main)
                    : Text.Format("Finding.ICP004.MainByProvince", number.Main, province, number.Abbreviation),
                evidence);
        }
        else if (!wantsMain && number.IsMain)
        {
            _findings.Add(VerificationRules.Icp004, FindingSeverity.Error,
                byConfiguration
                    ? Text.Format("Finding.ICP004.WebsiteByConfiguration", number.Abbreviation, number.Serial)
                    : Text.Format("Finding.ICP004.WebsiteByProvince", number.Abbreviation, number.Serial, number.Province.Name),
                evidence);
        }
    }

    /// <summary>ICP008: spaces or full-width characters inside the number, or an unusual serial length.</summary>
    private void Canonical(FilingParseResult<IcpFilingNumber> parse, IcpFilingNumber number, string evidence)
    {
        var shown = parse.Normalizations.Where(n => n != FilingNormalization.LeadingLabel).ToList();
        if (shown.Count > 0)
        {
            _findings.Add(VerificationRules.Icp008, FindingSeverity.Warning,
                Text.Format("Finding.ICP008.NonCanonical", Normalizations(shown), number),
                evidence);
        }
        else if (number.HasUnusualSerialLength)
        {
            _findings.Add(VerificationRules.Icp008, FindingSeverity.Warning,
                Text.Format("Finding.ICP008.UnusualSerialLength", number.Serial.Length),
                evidence);
        }
    }

    /// <summary>At most one of ICP005, ICP006 and ICP007 for the number's link.</summary>
    private void Link(PageSpan span, string evidence)
    {
        var link = Markup.WrappingLink(span.Node);
        if (link is not null)
        {
            var href = link.GetAttributeValue("href", string.Empty);
            switch (LinkClassifier.ClassifyMiit(href))
            {
                case MiitLinkVerdict.Unusable:
                    _findings.Add(VerificationRules.Icp005, FindingSeverity.Error,
                        Text.Format("Finding.ICP005.UnusableLink", href),
                        evidence);
                    break;
                case MiitLinkVerdict.Dead or MiitLinkVerdict.WrongHost:
                    WrongHost(href, evidence);
                    break;
                case MiitLinkVerdict.Stale:
                    _findings.Add(VerificationRules.Icp007, FindingSeverity.Warning,
                        Text.Format("Finding.ICP007.StaleLink", href),
                        evidence);
                    break;
            }

            return;
        }

        var adjacent = AdjacentLink.Find(span.Node, LinkClassifier.IsMiitHost);
        if (adjacent is not null)
        {
            var href = adjacent.GetAttributeValue("href", string.Empty);
            if (LinkClassifier.ClassifyMiit(href) is MiitLinkVerdict.Dead or MiitLinkVerdict.WrongHost)
            {
                WrongHost(href, evidence);
            }
            else
            {
                _findings.Add(VerificationRules.Icp005, FindingSeverity.Warning,
                    Text.Get("Finding.ICP005.AdjacentLink"),
                    evidence);
            }

            return;
        }

        if (_page.Body.Descendants("a").Any(IsMiitLinkInFooter))
        {
            _findings.Add(VerificationRules.Icp005, FindingSeverity.Warning,
                Text.Get("Finding.ICP005.FooterLinkElsewhere"),
                evidence);
        }
        else
        {
            _findings.Add(VerificationRules.Icp005, FindingSeverity.Error,
                Text.Get("Finding.ICP005.NoLink"),
                evidence);
        }
    }

    private bool IsMiitLinkInFooter(HtmlNode a) => LinkClassifier.IsMiitHost(a.GetAttributeValue("href", null)) && scope.Footer.Contains(a);

    private void WrongHost(string href, string evidence) =>
        _findings.Add(VerificationRules.Icp006, FindingSeverity.Error,
            Text.Format("Finding.ICP006.WrongHost", href),
            evidence);

    /// <summary>What was not canonical about the number, e.g. "spaces, full-width characters" / "空格、全角字符".</summary>
    private static LocalizedText Normalizations(IReadOnlyList<FilingNormalization> shown)
    {
        var names = shown.Select(n => Text.Get("Normalization." + n)).ToList();
        var separator = Text.Get("Normalization.Separator");
        return new LocalizedText(string.Join(separator.Zh, names.Select(n => n.Zh)), string.Join(separator.En, names.Select(n => n.En)));
    }
}
