using IcpBadge.Localization;

namespace IcpBadge.Tests.Localization;

public sealed class TextResourcesTests
{
    [Fact]
    public void Reads_both_languages_from_the_assembly_itself()
    {
        var text = CoreText.Resources.Format("Language.Invalid", "fr");

        Assert.Equal("不支持语言“fr”，请使用 zh 或 en。", text.Zh);
        Assert.Equal("'fr' is not a language IcpBadge speaks; use zh or en.", text.En);
        Assert.Equal(text.Zh, text.In(Language.Zh));
        Assert.Equal(text.En, text.In(Language.En));
    }

    [Fact]
    public void A_localized_argument_is_filled_in_in_the_same_language()
    {
        var text = CoreText.Resources.Format("Language.Invalid", new LocalizedText("法语", "French"));

        Assert.Equal("不支持语言“法语”，请使用 zh 或 en。", text.Zh);
        Assert.Equal("'French' is not a language IcpBadge speaks; use zh or en.", text.En);
    }

    [Fact]
    public void A_missing_key_names_itself()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => CoreText.Resources.Get("No.Such.Key"));
        Assert.Contains("No.Such.Key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_core_ships_no_satellite_assembly()
    {
        // Satellites cannot be loaded by the NativeAOT binary; both languages live in the main assembly.
        var folder = Path.GetDirectoryName(typeof(CoreText).Assembly.Location)!;
        Assert.False(File.Exists(Path.Combine(folder, "zh-Hans", "IcpBadge.resources.dll")));
        Assert.Contains("IcpBadge.Resources.Strings.zh-Hans.resources", typeof(CoreText).Assembly.GetManifestResourceNames());
    }
}
