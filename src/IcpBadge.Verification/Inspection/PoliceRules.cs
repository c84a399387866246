using HtmlAgilityPack;
using IcpBadge.Filing;

namespace IcpBadge.Verification;

/// <summary>The police badge rules PSB001–PSB009 of SPEC §6 over one page's police-like text.</summary>
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
                "Text that only resembles a police filing number (no province character before 公网安备); it is not a filing and is ignored.",
                "该文字只是形似公安备案号（公网安备前不是省份简称），不是备案号，已忽略。",
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
                "The home page shows no police filing number; it is due 30 days after the police filing is approved (with its emblem and a link to its record).",
                "首页未展示公安联网备案号；公安备案审核通过后30日内应在首页底部展示（含备案图标和指向备案记录的链接）。",
                string.Empty);
        }
        else if (badgeDue)
        {
            _findings.Add(VerificationRules.Psb001, FindingSeverity.Error,
                $"The police filing was approved on {config.PoliceApprovedOn:yyyy-MM-dd} and the 30 days to show it have passed, but the home page shows no police number.",
                $"公安备案已于 {config.PoliceApprovedOn:yyyy-MM-dd} 审核通过且已超过30日展示期限，但首页未展示公安备案号。",
                string.Empty);
        }
    }

    private void Number(Candidate candidate, bool badgeDue)
    {
        var parse = candidate.Police!;
        if (!parse.Success && parse.Error.Code == FilingParseErrorCode.PoliceProvinceMismatch)
        {
            var digits = candidate.PoliceDigits ?? string.Empty;
            _findings.Add(VerificationRules.Psb003, FindingSeverity.Error,
                parse.Error.Message,
                $"公安备案号前缀与其行政区划代码（前两位 {digits[..Math.Min(2, digits.Length)]}）所属省份不一致。",
                candidate.Text);
        }
        else if (!parse.Success && parse.Error.Code == FilingParseErrorCode.LegacyPoliceNumber)
        {
            _findings.Add(VerificationRules.Psb002, FindingSeverity.Warning,
                "Legacy (pre-2016) police number; check it on the police platform (beian.mps.gov.cn) and show the current 公网安备 number.",
                "旧版（2016年前）公安备案号；请在全国互联网安全管理服务平台（beian.mps.gov.cn）核实并展示现行的公网安备号。",
                candidate.Text);
            return;
        }
        else if (!parse.Success)
        {
            // A malformed number gets only its malformation finding (SPEC §1.3): links and emblems judge well-formed ones.
            _findings.Add(VerificationRules.Psb002, FindingSeverity.Error,
                "Malformed police filing number: " + parse.Error.Message,
                "公安备案号格式错误：应为“省份简称+公网安备+14位数字+号”，如 京公网安备11010502030143号。",
                candidate.Text);
            return;
        }

        if (parse.Success && scope.Config?.PoliceNumber is { } configured && configured.Digits != parse.Value.Digits)
        {
            _findings.Add(VerificationRules.Psb007, FindingSeverity.Error,
                $"A different police number than configured: expected {configured}.",
                $"公安备案号与配置不一致：应为 {configured}。",
                candidate.Text);
        }

        var span = _page.Locate(candidate.Start, candidate.Length);
        var link = NumberLink(candidate, span);
        Link(link, candidate.PoliceDigits!, candidate.Text);
        if (!Emblem.IsWith(link, span.Node))
        {
            _findings.Add(VerificationRules.Psb006, badgeDue ? FindingSeverity.Error : FindingSeverity.Warning,
                "No emblem image with the police number: put the police emblem (the image downloaded from the platform) inside its link or right before it.",
                "公安备案号旁没有公安备案图标：请把从平台下载的备案图标放在链接内或紧挨在链接前面。",
                candidate.Text);
        }

        if (!scope.Footer.Contains(span))
        {
            _findings.Add(VerificationRules.Psb008, FindingSeverity.Warning,
                "The police number is outside the footer area: it belongs at the bottom of the page.",
                "公安备案号不在页脚区域：应展示在页面底部。",
                candidate.Text);
        }
    }

    /// <summary>
    /// The police number's link: the <c>&lt;a&gt;</c> holding its digits. A reader sees <c>沪公网安备: </c> followed by a
    /// link on the digits as one number, so a label outside the link does not make the number unlinked.
    /// </summary>
    private HtmlNode? NumberLink(Candidate candidate, PageSpan span) =>
        Markup.WrappingLink(span.Node) ?? Markup.WrappingLink(_page.Locate(candidate.DigitsStart, candidate.DigitsLength).Node);

    /// <summary>At most one of PSB004 and PSB005 for the number's link (SPEC §6).</summary>
    private void Link(HtmlNode? link, string digits, string evidence)
    {
        var record = "https://beian.mps.gov.cn/#/query/webSearch?code=" + digits;
        if (link is null)
        {
            _findings.Add(VerificationRules.Psb004, FindingSeverity.Error,
                $"The police number is not inside a link: link it to its record, {record}.",
                $"公安备案号没有链接：请链接到其备案记录 {record}。",
                evidence);
            return;
        }

        var href = link.GetAttributeValue("href", string.Empty);
        switch (LinkClassifier.ClassifyPolice(href, digits))
        {
            case PoliceLinkVerdict.Unusable:
            case PoliceLinkVerdict.WrongHost:
                _findings.Add(VerificationRules.Psb004, FindingSeverity.Error,
                    $"The police number's link '{href}' does not go to the police platform: link {record}.",
                    $"公安备案号的链接“{href}”没有指向公安备案平台：请链接 {record}。",
                    evidence);
                break;
            case PoliceLinkVerdict.CodeMismatch:
                _findings.Add(VerificationRules.Psb004, FindingSeverity.Error,
                    $"The code in the police number's link {href} is not the displayed number's {digits}: link {record}.",
                    $"公安备案号链接 {href} 中的编号与页面显示的 {digits} 不一致：请链接 {record}。",
                    evidence);
                break;
            case PoliceLinkVerdict.Legacy:
                _findings.Add(VerificationRules.Psb005, FindingSeverity.Warning,
                    $"The police number links the legacy platform ({href}), which moved in November 2023: link {record}.",
                    $"公安备案号链接的是旧平台地址（{href}），该平台已于2023年11月迁移：请链接 {record}。",
                    evidence);
                break;
            case PoliceLinkVerdict.MissingCode:
                _findings.Add(VerificationRules.Psb005, FindingSeverity.Warning,
                    $"The police number's link {href} has no code, so it does not open the record: link {record}.",
                    $"公安备案号链接 {href} 未带备案编号参数，无法直接打开备案记录：请链接 {record}。",
                    evidence);
                break;
        }
    }
}
