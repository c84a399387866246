using IcpBadge.Localization;

namespace IcpBadge.Tests.Localization;

public sealed class LanguageSelectionTests
{
    [Theory]
    [InlineData("zh", Language.Zh)]
    [InlineData("ZH", Language.Zh)]
    [InlineData("zh-CN", Language.Zh)]
    [InlineData("zh_CN.UTF-8", Language.Zh)]
    [InlineData("zh-Hans", Language.Zh)]
    [InlineData("en", Language.En)]
    [InlineData("en_US.UTF-8", Language.En)]
    public void Reads_a_language_or_a_locale_by_its_language(string value, Language expected)
    {
        Assert.True(LanguageSelection.TryParse(value, out var language));
        Assert.Equal(expected, language);
    }

    [Theory]
    [InlineData("")]
    [InlineData("fr")]
    [InlineData("zhx")]
    [InlineData(null)]
    public void Refuses_anything_else(string? value)
    {
        Assert.False(LanguageSelection.TryParse(value, out _));
    }

    [Theory]
    [InlineData(null, null, "zh_CN.UTF-8", Language.Zh)]
    [InlineData(null, null, "en_US.UTF-8", Language.En)]
    [InlineData(null, null, "C", Language.En)]
    [InlineData(null, null, "POSIX", Language.En)]
    [InlineData(null, null, null, Language.En)]
    [InlineData("en_US.UTF-8", "zh_CN.UTF-8", "zh_CN.UTF-8", Language.En)]
    [InlineData("", "zh_CN.UTF-8", "en_US.UTF-8", Language.Zh)]
    [InlineData(null, "C", "zh_CN.UTF-8", Language.En)]
    public void The_posix_locale_is_the_first_of_LC_ALL_LC_MESSAGES_LANG_that_is_set(string? lcAll, string? lcMessages, string? lang, Language expected)
    {
        var environment = new Dictionary<string, string?> { ["LC_ALL"] = lcAll, ["LC_MESSAGES"] = lcMessages, ["LANG"] = lang };

        Assert.Equal(expected, LanguageSelection.FromEnvironment(name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void ICPBADGE_LANG_wins_over_the_locale()
    {
        var environment = new Dictionary<string, string?> { ["ICPBADGE_LANG"] = "zh", ["LANG"] = "en_US.UTF-8" };

        Assert.Equal(Language.Zh, LanguageSelection.FromEnvironment(name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void An_unknown_ICPBADGE_LANG_falls_back_to_the_locale()
    {
        var environment = new Dictionary<string, string?> { ["ICPBADGE_LANG"] = "fr", ["LANG"] = "zh_CN.UTF-8" };

        Assert.Equal(Language.Zh, LanguageSelection.FromEnvironment(name => environment.GetValueOrDefault(name)));
    }
}
