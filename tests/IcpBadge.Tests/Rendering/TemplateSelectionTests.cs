using IcpBadge.Rendering;

namespace IcpBadge.Tests.Rendering;

/// <summary><see cref="TemplateSelection.TryParse"/>: a built-in name, one .scriban file, or a folder of overrides.</summary>
public sealed class TemplateSelectionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-template-selection-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TryParse_Nothing_IsTheBuiltInDefault()
    {
        Assert.True(TemplateSelection.TryParse(null, TemplateNames.Text, out var selection, out _));

        Assert.Same(EmbeddedTemplateSource.Instance, selection.Source);
        Assert.Equal(TemplateNames.Text, selection.Name);
    }

    [Fact]
    public void TryParse_AName_IsThatBuiltInTemplate()
    {
        Assert.True(TemplateSelection.TryParse("compact", TemplateNames.Default, out var selection, out _));

        Assert.Same(EmbeddedTemplateSource.Instance, selection.Source);
        Assert.Equal("compact", selection.Name);
    }

    [Fact]
    public void TryParse_AScribanFile_IsThatTemplateInItsFolder()
    {
        var file = Path.Combine(_folder, "mine.scriban");
        File.WriteAllText(file, "{{ icp.number }}");

        Assert.True(TemplateSelection.TryParse(file, TemplateNames.Default, out var selection, out _));

        Assert.IsType<DirectoryTemplateSource>(selection.Source);
        Assert.Equal(_folder, selection.Source.Description);
        Assert.Equal("mine", selection.Name);
    }

    [Fact]
    public void TryParse_AFolder_OverridesTheDefaultName()
    {
        Assert.True(TemplateSelection.TryParse(_folder, TemplateNames.Markdown, out var selection, out _));

        Assert.Equal(_folder, selection.Source.Description);
        Assert.Equal(TemplateNames.Markdown, selection.Name);
    }

    [Fact]
    public void TryParse_AMissingFolder_SaysWhichOne()
    {
        var missing = Path.Combine(_folder, "missing") + "/";

        Assert.False(TemplateSelection.TryParse(missing, TemplateNames.Default, out var selection, out var error));

        Assert.Null(selection);
        Assert.Equal($"the template folder {missing} does not exist.", error?.En);
        Assert.Equal($"模板目录 {missing} 不存在。", error?.Zh);
    }
}
