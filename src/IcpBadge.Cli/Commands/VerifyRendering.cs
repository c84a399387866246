using System.CommandLine;
using IcpBadge.Verification.Browser;

namespace IcpBadge.Cli.Commands;

/// <summary><c>verify --render [--browser PATH]</c>: the options, and the one-line problems when no browser is found.</summary>
internal static class VerifyRendering
{
    /// <summary><c>--render</c>: inspect the DOM after scripts ran instead of the served markup.</summary>
    public static Option<bool> RenderOption() => new("--render")
    {
        Description = "Load each page in the machine's headless Chromium and inspect the DOM after scripts ran (footers built by JavaScript).",
    };

    /// <summary><c>--browser PATH</c>: the Chromium executable; default chromium, chromium-browser or google-chrome on PATH.</summary>
    public static Option<string?> BrowserOption() => new("--browser")
    {
        Description = "The Chromium or Chrome executable for --render (default: chromium, chromium-browser or google-chrome on PATH; never downloaded).",
        HelpName = "PATH",
    };

    /// <summary>
    /// The browser for <c>--render</c>, or <see langword="null"/> without it. Writes one clear line and returns
    /// <see langword="false"/> when no browser is found, or <c>--browser</c> comes without <c>--render</c>.
    /// </summary>
    public static bool TryFindBrowser(CliConsole console, bool render, string? browser, out string? browserPath)
    {
        browserPath = null;
        if (!render)
        {
            if (browser is not null)
            {
                console.WriteError("--browser is only used with --render.");
                return false;
            }

            return true;
        }

        browserPath = ChromiumRenderer.FindBrowser(browser);
        if (browserPath is null)
        {
            console.WriteError(browser is null
                ? "--render needs Chromium, but none of " + string.Join(", ", ChromiumRenderer.DefaultBrowserNames) + " is on PATH; install one or pass --browser PATH (a browser is never downloaded)."
                : $"--render: the browser {browser} was not found; pass the path of a Chromium or Chrome executable with --browser.");
            return false;
        }

        return true;
    }
}
