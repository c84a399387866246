using System.CommandLine;
using IcpBadge.Verification.Browser;

namespace IcpBadge.Cli.Commands;

/// <summary><c>verify --render [--browser PATH]</c>: the options, and the one-line problems when no browser is found.</summary>
internal static class VerifyRendering
{
    /// <summary><c>--render</c>: inspect the DOM after scripts ran instead of the served markup.</summary>
    public static Option<bool> RenderOption(CliText text) => new("--render")
    {
        Description = text["Verify.Render"],
    };

    /// <summary><c>--browser PATH</c>: the Chromium executable; default chromium, chromium-browser or google-chrome on PATH.</summary>
    public static Option<string?> BrowserOption(CliText text) => new("--browser")
    {
        Description = text["Verify.Browser"],
        HelpName = "PATH",
    };

    /// <summary>
    /// The browser for <c>--render</c>, or <see langword="null"/> without it. Writes one clear line and returns
    /// <see langword="false"/> when no browser is found, or <c>--browser</c> comes without <c>--render</c>.
    /// </summary>
    public static bool TryFindBrowser(CliConsole console, CliText text, bool render, string? browser, out string? browserPath)
    {
        browserPath = null;
        if (!render)
        {
            if (browser is not null)
            {
                console.WriteError(text["Verify.BrowserWithoutRender"]);
                return false;
            }

            return true;
        }

        browserPath = ChromiumRenderer.FindBrowser(browser);
        if (browserPath is null)
        {
            console.WriteError(browser is null
                ? text.Format("Verify.NoBrowser", string.Join(text["List.Separator"], ChromiumRenderer.DefaultBrowserNames))
                : text.Format("Verify.BrowserNotFound", browser));
            return false;
        }

        return true;
    }
}
