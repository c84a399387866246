using IcpBadge.Localization;

namespace IcpBadge.Audits.Tests;

public sealed class AuditsTextTests
{
    [Fact]
    public void The_audits_strings_are_embedded_in_both_languages()
    {
        var title = AuditsText.Get("Audit.Title");
        Assert.Equal("备案合规审计", title.In(Language.Zh));
        Assert.Equal("Filing audit", title.In(Language.En));
    }
}
