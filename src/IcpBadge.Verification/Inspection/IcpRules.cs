using HtmlAgilityPack;
using IcpBadge.Filing;
using IcpBadge.Rules;

namespace IcpBadge.Verification;

/// <summary>The ICP number rules ICP001–ICP013 of SPEC §6 over one page's ICP-like text.</summary>
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
                "Text that only resembles an ICP number (no province character before ICP备); it is not a filing and is ignored.",
                "该文字只是形似ICP备案号（ICP备前不是省份简称），不是备案号，已忽略。",
                lookalike.Text);
        }

        if (scope.IsHomePage && icpLike.Count == 0)
        {
            _findings.Add(VerificationRules.Icp001, FindingSeverity.Error,
                "The home page shows no ICP filing number; licence numbers and lookalikes such as 萌ICP备 do not count. Show it at the bottom of the home page, linked to https://beian.miit.gov.cn/.",
                "首页未展示ICP备案号（经营许可证号和“萌ICP备”之类不算）。请在首页底部展示备案号，并链接到 https://beian.miit.gov.cn/。",
                string.Empty);
        }

        var footerNumbers = new List<IcpFilingNumber>();
        foreach (var candidate in icpLike)
        {
            var parse = candidate.Icp!;
            if (!parse.Success)
            {
                _findings.Add(VerificationRules.Icp002, FindingSeverity.Error,
                    "Malformed ICP filing number: " + parse.Error.Message,
                    "ICP备案号格式错误：" + ZhParseError(parse.Error.Code) + "。",
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
                    "The ICP number is outside the footer area: it belongs at the bottom of the page, centred.",
                    "ICP备案号不在页脚区域：应展示在页面底部中央。",
                    candidate.Text);
            }

            if (span.Hidden)
            {
                _findings.Add(VerificationRules.Icp010, FindingSeverity.Warning,
                    "The ICP number is hidden by markup (hidden, display:none or visibility:hidden on it or an ancestor).",
                    "ICP备案号被页面标记隐藏（自身或上级元素使用了 hidden、display:none 或 visibility:hidden）。",
                    candidate.Text);
            }
        }

        if (footerNumbers.Count > 0 && footerNumbers.All(n => n.IsAppLike))
        {
            _findings.Add(VerificationRules.Icp011, FindingSeverity.Error,
                "Every ICP number in the footer area is an APP, mini-program or quick-app number; a website shows its website number (-n without a letter) or, in Guangdong, its main number.",
                "页脚区域的ICP备案号都是APP、小程序或快应用备案号；网站应展示网站备案号（不带字母的 -n），广东省展示主体备案号。",
                string.Join(" ", footerNumbers.Select(n => n.ToString()).Distinct(StringComparer.Ordinal)));
        }

        var distinct = footerNumbers.Where(n => !n.IsAppLike).Select(n => n.ToString()).Distinct(StringComparer.Ordinal).ToList();
        if (scope.IsHomePage && distinct.Count > 1)
        {
            _findings.Add(VerificationRules.Icp013, FindingSeverity.Warning,
                "Two different ICP filing numbers in the home page's footer area; show the one number filed for this domain.",
                "首页页脚区域出现了两个不同的ICP备案号；请只展示本域名对应的备案号。",
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
                $"A different ICP number than expected for this host: expected {expected}.",
                $"备案号与本域名应展示的不一致：应为 {expected}。",
                evidence);
            return;
        }

        bool wantsMain;
        string why;
        if (expected is not null)
        {
            wantsMain = expected.IsMain;
            why = wantsMain ? "the configuration shows the main number" : "the configuration shows the website number";
        }
        else
        {
            wantsMain = ProvinceRules.For(number.Province).ShowsMainNumber;
            why = wantsMain ? $"{number.Province.EnglishName} ({number.Abbreviation}) sites show the main number" : $"{number.Province.Name} sites show the website number";
        }

        if (wantsMain && !number.IsMain)
        {
            _findings.Add(VerificationRules.Icp004, FindingSeverity.Error,
                $"Wrong form: {why}, without -n ({number.Main}).",
                $"备案号形式错误：应展示不带 -n 的主体备案号（{number.Main}）。",
                evidence);
        }
        else if (!wantsMain && number.IsMain)
        {
            _findings.Add(VerificationRules.Icp004, FindingSeverity.Error,
                $"Wrong form: {why} ({number.Abbreviation}ICP备{number.Serial}号-n), not the bare main number.",
                $"备案号形式错误：应展示网站备案号（{number.Abbreviation}ICP备{number.Serial}号-n），不能只展示主体备案号。",
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
                $"The ICP number is displayed in non-canonical form ({string.Join(", ", shown)}); show it as {number}.",
                $"ICP备案号的显示形式不规范（含空格、全角字符等），应显示为 {number}。",
                evidence);
        }
        else if (number.HasUnusualSerialLength)
        {
            _findings.Add(VerificationRules.Icp008, FindingSeverity.Warning,
                $"The ICP number has an unusual serial length ({number.Serial.Length} digits; 7, 8 or 10 are normal): check it against the MIIT record.",
                $"ICP备案号的序号位数不常见（{number.Serial.Length} 位，通常为 7、8 或 10 位），请与工信部备案系统核对。",
                evidence);
        }
    }

    /// <summary>At most one of ICP005, ICP006 and ICP007 for the number's link (SPEC §6).</summary>
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
                        $"The ICP number's link is '{href}': it must go to https://beian.miit.gov.cn/.",
                        $"ICP备案号的链接为“{href}”，无效：应链接到 https://beian.miit.gov.cn/。",
                        evidence);
                    break;
                case MiitLinkVerdict.Dead or MiitLinkVerdict.WrongHost:
                    WrongHost(href, evidence);
                    break;
                case MiitLinkVerdict.Stale:
                    _findings.Add(VerificationRules.Icp007, FindingSeverity.Warning,
                        $"The ICP number's link {href} uses http:// or a provincial host: link https://beian.miit.gov.cn/.",
                        $"ICP备案号链接 {href} 使用了 http:// 或省级域名：请链接 https://beian.miit.gov.cn/。",
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
                    "A MIIT link sits next to the ICP number but does not wrap it: make the number itself the link.",
                    "工信部链接在备案号旁边但没有包住备案号：请让备案号本身成为链接。",
                    evidence);
            }

            return;
        }

        if (_page.Body.Descendants("a").Any(IsMiitLinkInFooter))
        {
            _findings.Add(VerificationRules.Icp005, FindingSeverity.Warning,
                "The ICP number is not linked; the MIIT link in the footer is not next to it. Make the number itself the link to https://beian.miit.gov.cn/.",
                "ICP备案号没有链接，页脚中的工信部链接也不在它旁边：请让备案号本身链接到 https://beian.miit.gov.cn/。",
                evidence);
        }
        else
        {
            _findings.Add(VerificationRules.Icp005, FindingSeverity.Error,
                "The ICP number is not linked and the footer area has no link to the MIIT system: link it to https://beian.miit.gov.cn/.",
                "ICP备案号没有链接，页脚区域也没有指向工信部备案系统的链接：请链接到 https://beian.miit.gov.cn/。",
                evidence);
        }
    }

    private bool IsMiitLinkInFooter(HtmlNode a) => LinkClassifier.IsMiitHost(a.GetAttributeValue("href", null)) && scope.Footer.Contains(a);

    private void WrongHost(string href, string evidence) =>
        _findings.Add(VerificationRules.Icp006, FindingSeverity.Error,
            $"The ICP number's link {href} goes to a dead or wrong host (miitbeian.gov.cn and miibeian.gov.cn were retired in 2019, www.beian.miit.gov.cn is dead since 2020): link https://beian.miit.gov.cn/.",
            $"ICP备案号链接 {href} 指向失效或错误的地址（miitbeian.gov.cn、miibeian.gov.cn 已于2019年停用，www.beian.miit.gov.cn 自2020年起无法访问）：请链接 https://beian.miit.gov.cn/。",
            evidence);

    private static string ZhParseError(FilingParseErrorCode code) => code switch
    {
        FilingParseErrorCode.MissingNumberSign => "序号后缺少“号”",
        FilingParseErrorCode.MisplacedNumberSign => "“号”应在 -n 之前",
        FilingParseErrorCode.SerialTooShort => "序号位数过少",
        FilingParseErrorCode.SerialTooLong => "序号位数过多",
        FilingParseErrorCode.Placeholder => "含有占位符（*、X），不是真实备案号",
        FilingParseErrorCode.SequenceZero or FilingParseErrorCode.SequenceLeadingZero or FilingParseErrorCode.MissingSequence or FilingParseErrorCode.SequenceTooLarge => "-n 部分错误",
        FilingParseErrorCode.UnknownServiceLetter => "-n 后的字母只能是 A、X 或 K",
        _ => "应为“省份简称+ICP备+序号+号[-n]”，如 京ICP备12345678号-1",
    };
}
