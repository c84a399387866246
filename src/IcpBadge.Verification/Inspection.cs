using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using IcpBadge.Configuration;
using IcpBadge.Filing;
using IcpBadge.Provinces;
using IcpBadge.Rules;
using NodaTime;

namespace IcpBadge.Verification;

/// <summary>One run of the rules over one page.</summary>
internal sealed partial class Inspection(PageDocument page, PageContext context, IClock clock, PoliceBadgeDeadline policeBadge)
{
    private const int JiangsuCode = 32;

    private static readonly HashSet<string> InlineNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "span", "b", "strong", "em", "i", "small", "font", "label", "u", "sup", "sub", "code", "mark", "s",
    };

    private readonly List<InspectionFinding> _findings = [];
    private readonly SiteProfile? _config = context.Profile;
    private readonly bool _home = context.IsHomePage;
    private readonly LocalDate _today = context.Today ?? ChinaTime.Today(clock);

    public IReadOnlyList<InspectionFinding> Run()
    {
        var candidates = NumberScanner.Scan(page.Text);
        PrematureSite();
        IcpRules(candidates);
        PoliceRules(candidates);
        CopyrightRules(candidates);
        LicenceRule(candidates);
        TitleRules();
        return _findings;
    }

    // ---------------------------------------------------------------- ICP

    private void IcpRules(List<Candidate> candidates)
    {
        var icpLike = candidates.Where(c => c.Kind == CandidateKind.Icp).ToList();
        foreach (var lookalike in candidates.Where(c => c.Kind == CandidateKind.IcpLookalike))
        {
            Add("ICP002", FindingSeverity.Info,
                "Text that only resembles an ICP number (no province character before ICP备); it is not a filing and is ignored.",
                "该文字只是形似ICP备案号（ICP备前不是省份简称），不是备案号，已忽略。",
                lookalike.Text);
        }

        if (_home && icpLike.Count == 0)
        {
            Add("ICP001", FindingSeverity.Error,
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
                Add("ICP002", FindingSeverity.Error,
                    "Malformed ICP filing number: " + parse.Error.Message,
                    "ICP备案号格式错误：" + ZhParseError(parse.Error.Code) + "。",
                    candidate.Text);
                continue;
            }

            var number = parse.Value;
            var span = page.Locate(candidate.Start, candidate.Length);
            var inFooter = InFooterArea(span);
            if (inFooter)
            {
                footerNumbers.Add(number);
            }

            ExpectedNumber(number, candidate.Text);
            Canonical(parse, number, candidate.Text);
            IcpLink(span, candidate.Text);
            if (!inFooter)
            {
                var firstHalf = span.VisibleOffset < page.VisibleLength / 2.0;
                Add("ICP009", _home && firstHalf ? FindingSeverity.Error : FindingSeverity.Warning,
                    "The ICP number is outside the footer area: it belongs at the bottom of the page, centred.",
                    "ICP备案号不在页脚区域：应展示在页面底部中央。",
                    candidate.Text);
            }

            if (span.Hidden)
            {
                Add("ICP010", FindingSeverity.Warning,
                    "The ICP number is hidden by markup (hidden, display:none or visibility:hidden on it or an ancestor).",
                    "ICP备案号被页面标记隐藏（自身或上级元素使用了 hidden、display:none 或 visibility:hidden）。",
                    candidate.Text);
            }
        }

        if (footerNumbers.Count > 0 && footerNumbers.All(n => n.IsAppLike))
        {
            Add("ICP011", FindingSeverity.Error,
                "Every ICP number in the footer area is an APP, mini-program or quick-app number; a website shows its website number (-n without a letter) or, in Guangdong, its main number.",
                "页脚区域的ICP备案号都是APP、小程序或快应用备案号；网站应展示网站备案号（不带字母的 -n），广东省展示主体备案号。",
                string.Join(" ", footerNumbers.Select(n => n.ToString()).Distinct(StringComparer.Ordinal)));
        }

        var distinct = footerNumbers.Where(n => !n.IsAppLike).Select(n => n.ToString()).Distinct(StringComparer.Ordinal).ToList();
        if (_home && distinct.Count > 1)
        {
            Add("ICP013", FindingSeverity.Warning,
                "Two different ICP filing numbers in the home page's footer area; show the one number filed for this domain.",
                "首页页脚区域出现了两个不同的ICP备案号；请只展示本域名对应的备案号。",
                string.Join(" ", distinct));
        }
    }

    private void ExpectedNumber(IcpFilingNumber number, string evidence)
    {
        if (number.IsAppLike)
        {
            return;
        }

        var expected = _config?.FooterIcpNumberFor(context.Host);
        if (expected is not null &&
            (number.Province != expected.Province || !string.Equals(number.Serial, expected.Serial, StringComparison.Ordinal) ||
             (number.Sequence is not null && expected.Sequence is not null && number.Sequence != expected.Sequence)))
        {
            Add("ICP003", FindingSeverity.Error,
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
            wantsMain = FooterNumberRule.DefaultFor(number.Province) == IcpDisplay.Main;
            why = wantsMain ? "Guangdong (粤) sites show the main number" : $"{number.Province.Name} sites show the website number";
        }

        if (wantsMain && !number.IsMain)
        {
            Add("ICP004", FindingSeverity.Error,
                $"Wrong form: {why}, without -n ({number.Main}).",
                $"备案号形式错误：应展示不带 -n 的主体备案号（{number.Main}）。",
                evidence);
        }
        else if (!wantsMain && number.IsMain)
        {
            Add("ICP004", FindingSeverity.Error,
                $"Wrong form: {why} ({number.Abbreviation}ICP备{number.Serial}号-n), not the bare main number.",
                $"备案号形式错误：应展示网站备案号（{number.Abbreviation}ICP备{number.Serial}号-n），不能只展示主体备案号。",
                evidence);
        }
    }

    private void Canonical(FilingParseResult<IcpFilingNumber> parse, IcpFilingNumber number, string evidence)
    {
        var shown = parse.Normalizations.Where(n => n != FilingNormalization.LeadingLabel).ToList();
        if (shown.Count > 0)
        {
            Add("ICP008", FindingSeverity.Warning,
                $"The ICP number is displayed in non-canonical form ({string.Join(", ", shown)}); show it as {number}.",
                $"ICP备案号的显示形式不规范（含空格、全角字符等），应显示为 {number}。",
                evidence);
        }
        else if (number.HasUnusualSerialLength)
        {
            Add("ICP008", FindingSeverity.Warning,
                $"The ICP number has an unusual serial length ({number.Serial.Length} digits; 7, 8 or 10 are normal): check it against the MIIT record.",
                $"ICP备案号的序号位数不常见（{number.Serial.Length} 位，通常为 7、8 或 10 位），请与工信部备案系统核对。",
                evidence);
        }
    }

    private void IcpLink(PageSpan span, string evidence)
    {
        var link = WrappingLink(span.Node);
        if (link is not null)
        {
            var href = link.GetAttributeValue("href", string.Empty);
            switch (LinkClassifier.ClassifyMiit(href))
            {
                case MiitLinkVerdict.Unusable:
                    Add("ICP005", FindingSeverity.Error,
                        $"The ICP number's link is '{href}': it must go to https://beian.miit.gov.cn/.",
                        $"ICP备案号的链接为“{href}”，无效：应链接到 https://beian.miit.gov.cn/。",
                        evidence);
                    break;
                case MiitLinkVerdict.Dead or MiitLinkVerdict.WrongHost:
                    MiitWrongHost(href, evidence);
                    break;
                case MiitLinkVerdict.Stale:
                    Add("ICP007", FindingSeverity.Warning,
                        $"The ICP number's link {href} uses http:// or a provincial host: link https://beian.miit.gov.cn/.",
                        $"ICP备案号链接 {href} 使用了 http:// 或省级域名：请链接 https://beian.miit.gov.cn/。",
                        evidence);
                    break;
            }

            return;
        }

        var adjacent = AdjacentLink(span.Node, LinkClassifier.IsMiitHost);
        if (adjacent is not null)
        {
            var href = adjacent.GetAttributeValue("href", string.Empty);
            if (LinkClassifier.ClassifyMiit(href) is MiitLinkVerdict.Dead or MiitLinkVerdict.WrongHost)
            {
                MiitWrongHost(href, evidence);
            }
            else
            {
                Add("ICP005", FindingSeverity.Warning,
                    "A MIIT link sits next to the ICP number but does not wrap it: make the number itself the link.",
                    "工信部链接在备案号旁边但没有包住备案号：请让备案号本身成为链接。",
                    evidence);
            }

            return;
        }

        var footerLink = page.Body.Descendants("a").Any(a => LinkClassifier.IsMiitHost(a.GetAttributeValue("href", null)) && InFooterArea(a));
        if (footerLink)
        {
            Add("ICP005", FindingSeverity.Warning,
                "The ICP number is not linked; the MIIT link in the footer is not next to it. Make the number itself the link to https://beian.miit.gov.cn/.",
                "ICP备案号没有链接，页脚中的工信部链接也不在它旁边：请让备案号本身链接到 https://beian.miit.gov.cn/。",
                evidence);
        }
        else
        {
            Add("ICP005", FindingSeverity.Error,
                "The ICP number is not linked and the footer area has no link to the MIIT system: link it to https://beian.miit.gov.cn/.",
                "ICP备案号没有链接，页脚区域也没有指向工信部备案系统的链接：请链接到 https://beian.miit.gov.cn/。",
                evidence);
        }
    }

    private void MiitWrongHost(string href, string evidence) =>
        Add("ICP006", FindingSeverity.Error,
            $"The ICP number's link {href} goes to a dead or wrong host (miitbeian.gov.cn and miibeian.gov.cn were retired in 2019, www.beian.miit.gov.cn is dead since 2020): link https://beian.miit.gov.cn/.",
            $"ICP备案号链接 {href} 指向失效或错误的地址（miitbeian.gov.cn、miibeian.gov.cn 已于2019年停用，www.beian.miit.gov.cn 自2020年起无法访问）：请链接 https://beian.miit.gov.cn/。",
            evidence);

    // ---------------------------------------------------------------- Police

    private void PoliceRules(List<Candidate> candidates)
    {
        var policeLike = candidates.Where(c => c.Kind == CandidateKind.Police).ToList();
        foreach (var lookalike in candidates.Where(c => c.Kind == CandidateKind.PoliceLookalike))
        {
            Add("PSB002", FindingSeverity.Info,
                "Text that only resembles a police filing number (no province character before 公网安备); it is not a filing and is ignored.",
                "该文字只是形似公安备案号（公网安备前不是省份简称），不是备案号，已忽略。",
                lookalike.Text);
        }

        var badgeDue = D3PastDue();
        if (_home && policeLike.Count == 0)
        {
            if (_config is null)
            {
                Add("PSB009", FindingSeverity.Warning,
                    "The home page shows no police filing number; it is due 30 days after the police filing is approved (with its emblem and a link to its record).",
                    "首页未展示公安联网备案号；公安备案审核通过后30日内应在首页底部展示（含备案图标和指向备案记录的链接）。",
                    string.Empty);
            }
            else if (badgeDue)
            {
                Add("PSB001", FindingSeverity.Error,
                    $"The police filing was approved on {_config.PoliceApprovedOn:yyyy-MM-dd} and the 30 days to show it have passed, but the home page shows no police number.",
                    $"公安备案已于 {_config.PoliceApprovedOn:yyyy-MM-dd} 审核通过且已超过30日展示期限，但首页未展示公安备案号。",
                    string.Empty);
            }
        }

        foreach (var candidate in policeLike)
        {
            var parse = candidate.Police!;
            if (!parse.Success && parse.Error.Code == FilingParseErrorCode.PoliceProvinceMismatch)
            {
                Add("PSB003", FindingSeverity.Error,
                    parse.Error.Message,
                    $"公安备案号前缀与其行政区划代码（前两位 {(candidate.PoliceDigits ?? string.Empty)[..Math.Min(2, (candidate.PoliceDigits ?? string.Empty).Length)]}）所属省份不一致。",
                    candidate.Text);
            }
            else if (!parse.Success && parse.Error.Code == FilingParseErrorCode.LegacyPoliceNumber)
            {
                Add("PSB002", FindingSeverity.Warning,
                    "Legacy (pre-2016) police number; check it on the police platform (beian.mps.gov.cn) and show the current 公网安备 number.",
                    "旧版（2016年前）公安备案号；请在全国互联网安全管理服务平台（beian.mps.gov.cn）核实并展示现行的公网安备号。",
                    candidate.Text);
                continue;
            }
            else if (!parse.Success)
            {
                Add("PSB002", FindingSeverity.Error,
                    "Malformed police filing number: " + parse.Error.Message,
                    "公安备案号格式错误：应为“省份简称+公网安备+14位数字+号”，如 京公网安备11010502030143号。",
                    candidate.Text);
                continue;
            }

            var digits = candidate.PoliceDigits!;
            if (parse.Success && _config?.PoliceNumber is { } configured && configured.Digits != parse.Value.Digits)
            {
                Add("PSB007", FindingSeverity.Error,
                    $"A different police number than configured: expected {configured}.",
                    $"公安备案号与配置不一致：应为 {configured}。",
                    candidate.Text);
            }

            var span = page.Locate(candidate.Start, candidate.Length);
            var link = WrappingLink(span.Node);
            PoliceLink(link, digits, candidate.Text);
            if (!HasEmblem(link, span.Node))
            {
                Add("PSB006", badgeDue ? FindingSeverity.Error : FindingSeverity.Warning,
                    "No emblem image with the police number: put the police emblem (the image downloaded from the platform) inside its link or right before it.",
                    "公安备案号旁没有公安备案图标：请把从平台下载的备案图标放在链接内或紧挨在链接前面。",
                    candidate.Text);
            }

            if (!InFooterArea(span))
            {
                Add("PSB008", FindingSeverity.Warning,
                    "The police number is outside the footer area: it belongs at the bottom of the page.",
                    "公安备案号不在页脚区域：应展示在页面底部。",
                    candidate.Text);
            }
        }
    }

    private void PoliceLink(HtmlNode? link, string digits, string evidence)
    {
        var record = "https://beian.mps.gov.cn/#/query/webSearch?code=" + digits;
        if (link is null)
        {
            Add("PSB004", FindingSeverity.Error,
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
                Add("PSB004", FindingSeverity.Error,
                    $"The police number's link '{href}' does not go to the police platform: link {record}.",
                    $"公安备案号的链接“{href}”没有指向公安备案平台：请链接 {record}。",
                    evidence);
                break;
            case PoliceLinkVerdict.CodeMismatch:
                Add("PSB004", FindingSeverity.Error,
                    $"The code in the police number's link {href} is not the displayed number's {digits}: link {record}.",
                    $"公安备案号链接 {href} 中的编号与页面显示的 {digits} 不一致：请链接 {record}。",
                    evidence);
                break;
            case PoliceLinkVerdict.Legacy:
                Add("PSB005", FindingSeverity.Warning,
                    $"The police number links the legacy platform ({href}), which moved in November 2023: link {record}.",
                    $"公安备案号链接的是旧平台地址（{href}），该平台已于2023年11月迁移：请链接 {record}。",
                    evidence);
                break;
            case PoliceLinkVerdict.MissingCode:
                Add("PSB005", FindingSeverity.Warning,
                    $"The police number's link {href} has no code, so it does not open the record: link {record}.",
                    $"公安备案号链接 {href} 未带备案编号参数，无法直接打开备案记录：请链接 {record}。",
                    evidence);
                break;
        }
    }

    private bool D3PastDue() => policeBadge.PastDue(_config, _today);

    // ---------------------------------------------------------------- Copyright, licence, title, pre-approval

    private void CopyrightRules(List<Candidate> candidates)
    {
        var lines = new List<string>();
        var text = page.Text;
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

            if (InFooterArea(page.Locate(lineStart, lineEnd - lineStart)))
            {
                lines.Add(text.AsSpan(lineStart, lineEnd - lineStart).Trim().ToString());
            }
        }

        var province = _config?.Province ??
            candidates.FirstOrDefault(c => c.Kind == CandidateKind.Icp && c.Icp!.Success)?.Icp!.Value.Province;
        var jiangsu = province?.Code == JiangsuCode;
        var severity = jiangsu ? FindingSeverity.Error : FindingSeverity.Warning;
        if (_home && lines.Count == 0)
        {
            Add("CPR001", severity,
                "No copyright line (版权所有, ©, Copyright) in the home page's footer area" + (jiangsu ? "; Jiangsu (苏) requires one." : "."),
                "首页页脚区域没有版权信息（版权所有、©、Copyright）" + (jiangsu ? "；江苏省要求展示。" : "。"),
                string.Empty);
        }

        if (_config is { CopyrightHolder: { } holder } config && lines.Count > 0)
        {
            var names = new[] { holder }.Concat(config.CopyrightAliases).Select(Squash).Where(n => n.Length > 0).ToList();
            if (!lines.Any(line => names.Any(n => Squash(line).Contains(n, StringComparison.Ordinal))))
            {
                Add("CPR002", severity,
                    $"The copyright line does not name the filed holder {holder} (or one of its aliases).",
                    $"版权信息中没有备案主体名称“{holder}”（或其别名）。",
                    lines[0]);
            }
        }
    }

    private void LicenceRule(List<Candidate> candidates)
    {
        if (!_home || _config is not { Commercial: true })
        {
            return;
        }

        var shown = candidates.Where(c => c.Kind == CandidateKind.Licence).Select(c => c.Licence!).ToList();
        var ok = _config.LicenseNumber is { } expected
            ? shown.Any(l => l.Equals(expected) || string.Equals(l.Digits, expected.Digits, StringComparison.Ordinal))
            : shown.Count > 0;
        if (!ok)
        {
            var what = _config.LicenseNumber?.ToString() ?? "经营许可证";
            Add("LIC001", FindingSeverity.Error,
                $"A commercial site's home page must show its operating licence number ({what}) besides its filing number.",
                $"经营性网站首页应在备案号之外展示经营许可证编号（{what}）。",
                string.Empty);
        }
    }

    private void TitleRules()
    {
        if (!_home || _config?.Name is not { Length: > 0 } name)
        {
            return;
        }

        var wanted = Squash(name);
        if (page.Title is null || !Squash(page.Title).Contains(wanted, StringComparison.Ordinal))
        {
            Add("TTL001", FindingSeverity.Error,
                $"The home page's <title> does not contain the filed site name {name}.",
                $"首页 <title> 未包含备案的网站名称“{name}”。",
                page.Title ?? string.Empty);
        }

        if (!HeadingAndLogoTexts().Any(t => Squash(t).Contains(wanted, StringComparison.Ordinal)))
        {
            Add("TTL002", FindingSeverity.Warning,
                $"The home page's visible heading or logo text does not contain the filed site name {name}.",
                $"首页可见的标题或标志文字中没有备案的网站名称“{name}”。",
                string.Empty);
        }
    }

    private void PrematureSite()
    {
        if (_config is null)
        {
            return;
        }

        if (_config.IcpApprovedOn is not { } approved || approved > _today)
        {
            var when = _config.IcpApprovedOn is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            Add("PRE001", FindingSeverity.Error,
                when is null
                    ? "The site answers but Icp.ApprovedOn is empty: a site may not open before its ICP filing is approved."
                    : $"The site answers but its ICP filing is approved only on {when}: a site may not open before approval.",
                when is null ? "网站已可访问，但未配置ICP备案通过日期（Icp.ApprovedOn）：备案通过前网站不得开通。" : $"网站已可访问，但ICP备案 {when} 才通过：备案通过前网站不得开通。",
                string.Empty);
        }
    }

    // ---------------------------------------------------------------- Helpers

    private IEnumerable<string> HeadingAndLogoTexts()
    {
        foreach (var node in page.Body.Descendants().Where(n => n.NodeType == HtmlNodeType.Element))
        {
            if (IsHiddenWithin(node))
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

    private static bool IsHiddenWithin(HtmlNode node)
    {
        for (var n = node; n is not null; n = n.ParentNode)
        {
            if (PageDocument.IsHidden(n))
            {
                return true;
            }
        }

        return false;
    }

    private bool InFooterArea(PageSpan span) =>
        span.InFooterElement || page.VisibleLength == 0 || span.VisibleOffset >= page.VisibleLength * 0.75;

    private bool InFooterArea(HtmlNode element)
    {
        for (var n = element; n is not null; n = n.ParentNode)
        {
            if (PageDocument.IsFooterElement(n))
            {
                return true;
            }
        }

        var segment = page.Segments.FirstOrDefault(s => IsWithin(s.Node, element));
        return segment is not null && InFooterArea(new PageSpan(element, segment.VisibleStart, segment.Hidden, segment.InFooterElement));
    }

    private static bool IsWithin(HtmlNode node, HtmlNode ancestor)
    {
        for (var n = node; n is not null; n = n.ParentNode)
        {
            if (n == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static HtmlNode? WrappingLink(HtmlNode node)
    {
        for (var n = node; n is not null; n = n.ParentNode)
        {
            if (n.NodeType == HtmlNodeType.Element && n.Name.Equals("a", StringComparison.OrdinalIgnoreCase))
            {
                return n;
            }
        }

        return null;
    }

    /// <summary>The node whose siblings are "next to" the number: the text (or its inline wrapper).</summary>
    private static HtmlNode Anchor(HtmlNode node)
    {
        var n = node;
        while (n.ParentNode is { } parent && parent.NodeType == HtmlNodeType.Element && InlineNames.Contains(parent.Name) &&
               (n.NodeType == HtmlNodeType.Text || InlineNames.Contains(n.Name)))
        {
            n = parent;
        }

        return n;
    }

    private static HtmlNode? AdjacentLink(HtmlNode node, Func<string?, bool> goesToHost)
    {
        var anchor = Anchor(node);
        bool Matches(HtmlNode a) => goesToHost(a.GetAttributeValue("href", null));
        if (anchor.ParentNode is { } parent)
        {
            foreach (var sibling in parent.ChildNodes.Where(s => s != anchor && s.NodeType == HtmlNodeType.Element))
            {
                if (sibling.DescendantsAndSelf("a").FirstOrDefault(Matches) is { } link)
                {
                    return link;
                }
            }

            // The following line: the element right after the number's block.
            var next = parent.NextSibling;
            while (next is not null && next.NodeType != HtmlNodeType.Element)
            {
                next = next.NextSibling;
            }

            if (next is not null && next.DescendantsAndSelf("a").FirstOrDefault(Matches) is { } following)
            {
                return following;
            }
        }

        return null;
    }

    private static bool HasEmblem(HtmlNode? link, HtmlNode numberNode)
    {
        if (link is not null && link.Descendants().Any(IsEmblem))
        {
            return true;
        }

        var near = link ?? Anchor(numberNode);
        return SiblingHasEmblem(near) || (near.ParentNode is { } parent && SiblingHasEmblem(parent));
    }

    private static bool SiblingHasEmblem(HtmlNode node)
    {
        if (node.ParentNode is null)
        {
            return false;
        }

        foreach (var sibling in node.ParentNode.ChildNodes)
        {
            if (sibling == node || sibling.NodeType != HtmlNodeType.Element)
            {
                continue;
            }

            if (IsEmblem(sibling) || (InlineNames.Contains(sibling.Name) && sibling.Descendants().Any(IsEmblem)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEmblem(HtmlNode node)
    {
        if (node.NodeType != HtmlNodeType.Element)
        {
            return false;
        }

        if (node.Name.Equals("img", StringComparison.OrdinalIgnoreCase))
        {
            return node.GetAttributeValue("src", string.Empty).Trim().Length > 0;
        }

        var style = node.GetAttributeValue("style", string.Empty);
        return style.Contains("background-image", StringComparison.OrdinalIgnoreCase) ||
            (style.Contains("background", StringComparison.OrdinalIgnoreCase) && style.Contains("url(", StringComparison.OrdinalIgnoreCase));
    }

    private static string Squash(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

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

    private void Add(string rule, FindingSeverity severity, string en, string zh, string evidence) =>
        _findings.Add(new InspectionFinding(rule, severity, en, zh, evidence));

    [GeneratedRegex(@"版权所有|版权所属|©|copyright|all rights reserved", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightRegex();
}
