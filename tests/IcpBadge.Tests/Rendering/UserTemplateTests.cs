using IcpBadge.Rendering;
using IcpBadge.Tests.Support;
using NodaTime;

namespace IcpBadge.Tests.Rendering;

/// <summary>User template folders: they override built-ins, and run sandboxed (no .NET access, confined includes, strict variables).</summary>
public sealed class UserTemplateTests : IDisposable
{
    private const string Site = """{ "IcpBadge": { "Icp": { "Number": "京ICP备12345678号-1" }, "Copyright": { "Holder": "<b>示例</b>" } } }""";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("icpbadge-templates-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string RenderWith(string name, string text, string templateName = TemplateNames.Default)
    {
        File.WriteAllText(Path.Combine(_folder.FullName, name + ".scriban"), text);
        var renderer = new FooterRenderer(new DirectoryTemplateSource(_folder.FullName), TestProfiles.ChinaNoon(new LocalDate(2026, 11, 24)));
        return renderer.Render(TestProfiles.Valid(Site), templateName);
    }

    [Fact]
    public void UserTemplate_OverridesBuiltIn_AndIncludesBuiltInPartials()
    {
        var html = RenderWith("default", """<div class="mine">{{ include "icp-link" }} {{ copyright.text }}</div>""");

        Assert.StartsWith("""<div class="mine"><a class="icp-badge__icp" href="https://beian.miit.gov.cn/" """, html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;示例&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void UserTemplate_CannotReachDotNetMembers()
    {
        var exception = Assert.Throws<FooterTemplateException>(() => RenderWith("default", "{{ icp.number.GetType }}"));

        Assert.Contains("default", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UserTemplate_WithTypoInVariable_FailsInsteadOfRenderingEmpty()
    {
        var exception = Assert.Throws<FooterTemplateException>(() => RenderWith("default", "{{ icp.numbr }}"));

        Assert.Contains("numbr", exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("模板“default”（", exception.Text.Zh, StringComparison.Ordinal);
        Assert.Contains("渲染失败", exception.Text.Zh, StringComparison.Ordinal);
        Assert.Equal(exception.Message, exception.Text.En);
    }

    [Theory]
    [InlineData("../secret")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/dir")]
    public void UserTemplate_IncludeOutsideFolder_IsRefused(string include)
    {
        File.WriteAllText(Path.Combine(_folder.Parent!.FullName, "secret.scriban"), "SECRET");

        var exception = Assert.Throws<FooterTemplateException>(() => RenderWith("default", $$$"""{{ include "{{{include}}}" }}"""));

        Assert.Contains("not a template name", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UserTemplate_SymlinkLeadingOutside_IsIgnored()
    {
        var outside = Directory.CreateTempSubdirectory("icpbadge-outside-");
        try
        {
            File.WriteAllText(Path.Combine(outside.FullName, "evil.scriban"), "EVIL");
            File.CreateSymbolicLink(Path.Combine(_folder.FullName, "compact.scriban"), Path.Combine(outside.FullName, "evil.scriban"));

            var html = RenderWith("default", """{{ include "compact" }}""");

            Assert.DoesNotContain("EVIL", html, StringComparison.Ordinal);
            Assert.Contains("icp-badge--compact", html, StringComparison.Ordinal);
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }

    [Fact]
    public void UserTemplate_WithSyntaxError_ReportsTemplateAndPosition()
    {
        var exception = Assert.Throws<FooterTemplateException>(() => RenderWith("default", "{{ if icp }}unclosed"));

        Assert.Contains("'default'", exception.Message, StringComparison.Ordinal);
        Assert.Contains(_folder.FullName, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UserTemplate_EndlessLoop_IsStopped()
    {
        var exception = Assert.Throws<FooterTemplateException>(() => RenderWith("default", "{{ while true }}x{{ end }}"));

        Assert.Contains("default", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DirectoryTemplateSource_MissingFolder_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => new DirectoryTemplateSource(Path.Combine(_folder.FullName, "nope")));
    }
}
