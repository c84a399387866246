using NodaTime;

namespace IcpBadge.Verification;

/// <summary>One run of the rules over one page: the rule groups in a fixed order, which is the order of the findings.</summary>
internal sealed class Inspection(PageDocument page, PageContext context, IClock clock)
{
    public IReadOnlyList<InspectionFinding> Run()
    {
        var scope = new InspectionScope(page, context, context.Today ?? ChinaTime.Today(clock));
        var candidates = NumberScanner.Scan(page.Text);
        var siteRules = new CopyrightLicenceTitleRules(scope);
        siteRules.CheckPrematureSite();
        new IcpRules(scope).Check(candidates);
        new PoliceRules(scope).Check(candidates);
        siteRules.CheckCopyright(candidates);
        siteRules.CheckLicence(candidates);
        siteRules.CheckTitle();
        return scope.Findings.All;
    }
}
