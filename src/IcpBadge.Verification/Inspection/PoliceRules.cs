using System.Globalization;
using HtmlAgilityPack;
using IcpBadge.Filing;
using IcpBadge.Localization;
using Text = IcpBadge.Verification.VerificationText;

namespace IcpBadge.Verification;

/// <summary>The police badge rules PSB001–PSB009 (docs/verification.md) over one page's police-like text.</summary>
internal sealed class PoliceRules(InspectionScope scope)
{
    private readonly PageDocument _page = scope.Page;
    private readonly PageFindings _findings = scope.Findings;

    public void Check(IReadOnlyList<Candidate> candidates)
    {
        var policeLike = candidates.Where(c => c.Kind == CandidateKind.Police).ToList();
        foreach (var lookalike in candidates.Where(c => c.Kind == CandidateKind.PoliceLookalike))
        {
            _findings.Add(VerificationRules.Psb002, FindingSeverity.Info,
                Text.Get("Finding.PSB002.Lookalike"),
                lookalike.Text);
        }

        var badgeDue = PoliceBadgeDeadline.PastDue(scope.Config, scope.Today);
        if (scope.IsHomePage && policeLike.Count == 0)
        {
            Missing(badgeDue);
        }

        foreach (var candidate in policeLike)
        {
            Number(candidate, badgeDue);
        }
    }

    /// <summary>PSB009 without a configuration; PSB001 with one, once the badge is past due (D3).</summary>
    private void Missing(bool badgeDue)
    {
        if (scope.Config is not { } config)
        {
            _findings.Add(VerificationRules.Psb009, FindingSeverity.Warning,
                Text.Get("Finding.PSB009.Missing"),
                string.Empty);
        }
        else if (badgeDue)
        {
            _findings.Add(VerificationRules.Psb001, FindingSeverity.Error,
                Text.Format("Finding.PSB001.Missing", config.PoliceApprovedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                string.Empty);
        }
    }

    private void Number(Candidate candidate, bool badgeDue)
    {
        var parse = candidate.Police!;
        if (!parse.Success && parse.Error.Code == FilingParseErrorCode.PoliceProvinceMismatch)
        {
            var digits = candidate.PoliceDigits ?? string.Empty;
            // In English the parser's message, which names both provinces; in Chinese the resource's.
            var mismatch = Text.Format("Finding.PSB003.ProvinceMismatch", digits[..Math.Min(2, digits.Length)]);
            _findings.Add(VerificationRules.Psb003, FindingSeverity.Error,
                new LocalizedText(mismatch.Zh, string.IsNullOrEmpty(parse.Error.Message) ? mismatch.En : parse.Error.Message),
                candidate.Text);
        }
        else if (!parse.Success && parse.Error.Code == FilingParseErrorCode.LegacyPoliceNumber)
        {
            _findings.Add(VerificationRules.Psb002, FindingSeverity.Warning,
                Text.Get("Finding.PSB002.Legacy"),
                candidate.Text);
            return;
        }
        else if (!parse.Success)
        {
            // A malformed number gets only its malformation finding (docs/filing-numbers.md): links and emblems judge well-formed ones.
            _findings.Add(VerificationRules.Psb002, FindingSeverity.Error,
                Text.Format("Finding.PSB002.Malformed", parse.Error.Text),
                candidate.Text);
            return;
        }

        if (parse.Success && scope.Config?.PoliceNumber is { } configured && configured.Digits != parse.Value.Digits)
        {
            _findings.Add(VerificationRules.Psb007, FindingSeverity.Error,
                Text.Format("Finding.PSB007.Different", configured),
                candidate.Text);
        }

        var span = _page.Locate(candidate.Start, candidate.Length);
        var link = NumberLink(candidate, span);
        Link(link, candidate.PoliceDigits!, candidate.Text);
        if (!Emblem.IsWith(link, span.Node))
        {
            _findings.Add(VerificationRules.Psb006, badgeDue ? FindingSeverity.Error : FindingSeverity.Warning,
                Text.Get("Finding.PSB006.NoEmblem"),
                candidate.Text);
        }

        if (!scope.Footer.Contains(span))
        {
            _findings.Add(VerificationRules.Psb008, FindingSeverity.Warning,
                Text.Get("Finding.PSB008.OutsideFooter"),
                candidate.Text);
        }
    }

    /// <summary>
    /// The police number's link: the <c>&lt;a&gt;</c> holding its digits. A reader sees <c>沪公网安备: </c> followed by a
    /// link on the digits as one number, so a label outside the link does not make the number unlinked.
    /// </summary>
    private HtmlNode? NumberLink(Candidate candidate, PageSpan span) =>
        Markup.WrappingLink(span.Node) ?? Markup.WrappingLink(_page.Locate(candidate.DigitsStart, candidate.DigitsLength).Node);

    /// <summary>At most one of PSB004 and PSB005 for the number's link.</summary>
    private void Link(HtmlNode? link, string digits, string evidence)
    {
        var record = "https://beian.mps.gov.cn/#/query/webSearch?code=" + digits;
        if (link is null)
        {
            _findings.Add(VerificationRules.Psb004, FindingSeverity.Error,
                Text.Format("Finding.PSB004.NotLinked", record),
                evidence);
            return;
        }

        var href = link.GetAttributeValue("href", string.Empty);
        switch (LinkClassifier.ClassifyPolice(href, digits))
        {
            case PoliceLinkVerdict.Unusable:
            case PoliceLinkVerdict.WrongHost:
                _findings.Add(VerificationRules.Psb004, FindingSeverity.Error,
                    Text.Format("Finding.PSB004.WrongHost", href, record),
                    evidence);
                break;
            case PoliceLinkVerdict.CodeMismatch:
                _findings.Add(VerificationRules.Psb004, FindingSeverity.Error,
                    Text.Format("Finding.PSB004.CodeMismatch", href, digits, record),
                    evidence);
                break;
            case PoliceLinkVerdict.Legacy:
                _findings.Add(VerificationRules.Psb005, FindingSeverity.Warning,
                    Text.Format("Finding.PSB005.Legacy", href, record),
                    evidence);
                break;
            case PoliceLinkVerdict.MissingCode:
                _findings.Add(VerificationRules.Psb005, FindingSeverity.Warning,
                    Text.Format("Finding.PSB005.MissingCode", href, record),
                    evidence);
                break;
        }
    }
}
