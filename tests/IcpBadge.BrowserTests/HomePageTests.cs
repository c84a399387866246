using System.Globalization;
using System.Text.Json;
using IcpBadge.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace IcpBadge.BrowserTests;

/// <summary>The sample site's home page, whose footer comes from the <c>&lt;icp-badge /&gt;</c> tag helper.</summary>
[Collection(SampleSiteBrowserDefinition.Name)]
public sealed class HomePageTests(SampleSiteBrowserFixture fixture)
{
    /// <summary>The footer the layout renders (the page body also shows the ICP link and police badge on their own).</summary>
    private const string Footer = "footer.icp-badge";

    private const double CentringTolerancePx = 2;

    [BrowserFact]
    public async Task Footer_IsVisibleAndEachLineHorizontallyCentred()
    {
        await using var session = await fixture.OpenAsync("/");
        var footer = session.Page.Locator(Footer);

        Assert.Equal(1, await footer.CountAsync());
        await Assertions.Expect(footer).ToBeVisibleAsync();

        var layout = await session.Page.EvaluateAsync<JsonElement>(
            """
            () => {
              const footer = document.querySelector('footer.icp-badge');
              const box = footer.getBoundingClientRect();
              const line = cls => {
                const element = footer.querySelector('.' + cls);
                if (!element) return null;
                const range = document.createRange();
                range.selectNodeContents(element);
                const r = range.getBoundingClientRect();
                return { left: r.left, right: r.right, width: r.width, centre: r.left + r.width / 2 };
              };
              return {
                viewportCentre: document.documentElement.clientWidth / 2,
                footerCentre: box.left + box.width / 2,
                footerWidth: box.width,
                lines: { copyright: line('icp-badge__copyright'), filings: line('icp-badge__filings') },
              };
            }
            """);

        var viewportCentre = layout.GetProperty("viewportCentre").GetDouble();
        var footerCentre = layout.GetProperty("footerCentre").GetDouble();
        Assert.True(
            Math.Abs(footerCentre - viewportCentre) <= CentringTolerancePx,
            $"The footer box is off-centre: its centre is at {footerCentre:0.#} px, the viewport's at {viewportCentre:0.#} px. Layout: {layout}");

        foreach (var name in new[] { "copyright", "filings" })
        {
            var line = layout.GetProperty("lines").GetProperty(name);
            Assert.True(line.ValueKind == JsonValueKind.Object, $"The footer has no .icp-badge__{name} line. Layout: {layout}");
            Assert.True(line.GetProperty("width").GetDouble() > 0, $"The .icp-badge__{name} line renders nothing. Layout: {layout}");

            var centre = line.GetProperty("centre").GetDouble();
            Assert.True(
                Math.Abs(centre - viewportCentre) <= CentringTolerancePx && Math.Abs(centre - footerCentre) <= CentringTolerancePx,
                $"The .icp-badge__{name} line is not centred within {CentringTolerancePx} px: its content spans " +
                $"{line.GetProperty("left").GetDouble():0.#}–{line.GetProperty("right").GetDouble():0.#} px (centre {centre:0.#}), " +
                $"the footer's centre is {footerCentre:0.#} px and the viewport's {viewportCentre:0.#} px.");
        }

        var copyright = await footer.Locator(".icp-badge__copyright").TextContentAsync();
        Assert.Contains(fixture.Settings.CopyrightHolder, copyright, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task IcpLink_PointsToMiitInNewTab_WithConfiguredNumber()
    {
        await using var session = await fixture.OpenAsync("/");
        var link = session.Page.Locator($"{Footer} a.icp-badge__icp");

        await Assertions.Expect(link).ToBeVisibleAsync();
        Assert.Equal(BrowserSession.MiitUrl, await link.GetAttributeAsync("href"));
        Assert.Equal("_blank", await link.GetAttributeAsync("target"));
        var rel = (await link.GetAttributeAsync("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("noopener", rel);
        Assert.Contains("noreferrer", rel);
        Assert.Equal(fixture.Settings.IcpNumber, await link.TextContentAsync());
    }

    [BrowserFact]
    public async Task IcpLink_Click_OpensMiitInPopupWithoutLeavingThePage()
    {
        await using var session = await fixture.OpenAsync("/");
        var page = session.Page;
        var homeUrl = page.Url;

        var popup = await page.RunAndWaitForPopupAsync(() => page.Locator($"{Footer} a.icp-badge__icp").ClickAsync());
        await popup.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.Equal(BrowserSession.MiitUrl, popup.Url);
        Assert.Equal(BrowserSession.MiitStubTitle, await popup.TitleAsync());
        Assert.Contains(BrowserSession.MiitUrl, session.StubbedRequests);
        Assert.Equal(homeUrl, page.Url);
        Assert.Empty(session.BlockedRequests);
    }

    [BrowserFact]
    public async Task PoliceBadge_LinksToPublicRecord_WithLoadedEmblemBeforeNumber()
    {
        await using var session = await fixture.OpenAsync("/");
        var link = session.Page.Locator($"{Footer} a.icp-badge__police");
        var settings = fixture.Settings;

        await Assertions.Expect(link).ToBeVisibleAsync();
        Assert.Equal(14, settings.PoliceCode.Length);
        var href = await link.GetAttributeAsync("href");
        Assert.NotNull(href);
        Assert.StartsWith("https://beian.mps.gov.cn/", href, StringComparison.Ordinal);
        Assert.Contains("code=" + settings.PoliceCode, href, StringComparison.Ordinal);
        Assert.Equal("_blank", await link.GetAttributeAsync("target"));
        Assert.Equal(settings.PoliceNumber, await link.TextContentAsync());

        var emblem = await link.EvaluateAsync<JsonElement>(
            """
            link => {
              const img = link.querySelector('img');
              if (!img) return null;
              const text = [...link.childNodes].find(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '');
              let textLeft = null;
              if (text) {
                const range = document.createRange();
                range.selectNodeContents(text);
                textLeft = range.getBoundingClientRect().left;
              }
              const box = img.getBoundingClientRect();
              return {
                complete: img.complete,
                naturalWidth: img.naturalWidth,
                naturalHeight: img.naturalHeight,
                renderedWidth: box.width,
                renderedHeight: box.height,
                alt: img.getAttribute('alt') ?? '',
                firstChildIsImg: link.firstElementChild === img,
                imgBeforeText: !!text && (img.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
                imgRight: box.right,
                textLeft,
              };
            }
            """);

        Assert.True(emblem.ValueKind == JsonValueKind.Object, "The police link has no <img> emblem.");
        Assert.True(emblem.GetProperty("complete").GetBoolean(), $"The emblem has not finished loading: {emblem}");
        Assert.True(emblem.GetProperty("naturalWidth").GetDouble() > 0, $"The emblem did not load (naturalWidth 0): {emblem}");
        Assert.True(emblem.GetProperty("renderedWidth").GetDouble() > 0 && emblem.GetProperty("renderedHeight").GetDouble() > 0,
            $"The emblem is not rendered: {emblem}");
        Assert.False(string.IsNullOrWhiteSpace(emblem.GetProperty("alt").GetString()), $"The emblem has no alt text: {emblem}");
        Assert.True(emblem.GetProperty("imgBeforeText").GetBoolean(), $"The emblem does not come before the number: {emblem}");
        Assert.True(emblem.GetProperty("imgRight").GetDouble() <= emblem.GetProperty("textLeft").GetDouble() + 0.5,
            $"The emblem is not drawn left of the number: {emblem}");
    }

    [BrowserFact]
    public async Task Stylesheet_FromRazorClassLibrary_IsLinkedAndApplied()
    {
        await using var session = await fixture.OpenAsync("/");

        var css = await session.Page.EvaluateAsync<JsonElement>(
            """
            () => {
              const link = [...document.querySelectorAll('link[rel="stylesheet"]')]
                .find(l => new URL(l.href).pathname.startsWith('/_content/IcpBadge.AspNetCore/icp-badge'));
              let rules = -1;
              try { rules = link && link.sheet ? link.sheet.cssRules.length : -1; } catch { rules = -2; }
              const anchor = document.querySelector('footer.icp-badge a');
              const footer = document.querySelector('footer.icp-badge');
              return {
                href: link ? new URL(link.href).pathname : null,
                rules,
                decoration: getComputedStyle(anchor).textDecorationLine,
                colour: getComputedStyle(footer).color,
              };
            }
            """);

        // MapStaticAssets fingerprints the URL (icp-badge.<hash>.css), so only the prefix and extension are fixed.
        var href = css.GetProperty("href").GetString();
        Assert.NotNull(href);
        Assert.StartsWith("/_content/IcpBadge.AspNetCore/icp-badge", href, StringComparison.Ordinal);
        Assert.EndsWith(".css", href, StringComparison.Ordinal);
        Assert.True(css.GetProperty("rules").GetInt32() > 0, $"icp-badge.css did not load: {css}");
        Assert.Equal("none", css.GetProperty("decoration").GetString());
        Assert.Equal("rgb(107, 114, 128)", css.GetProperty("colour").GetString()); // .icp-badge { color: #6b7280 }
    }

    [BrowserFact]
    public async Task Page_RequestsNothingOutsideLoopback()
    {
        await using var session = await fixture.OpenAsync("/");
        await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(session.BlockedRequests);
        Assert.Empty(session.StubbedRequests);
    }

    [BrowserFact]
    public async Task FullPageScreenshot_IsSavedToArtifacts()
    {
        await using var session = await fixture.OpenAsync("/");
        await session.Page.EvaluateAsync("() => document.fonts.ready.then(() => true)");

        var directory = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "sample-site-home.png");
        await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 1024, $"{path} is only {bytes.Length.ToString(CultureInfo.InvariantCulture)} bytes.");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }
}
