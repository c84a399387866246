using System.CommandLine;
using IcpBadge.Verification.Rendering;

namespace IcpBadge.Cli.Commands;

/// <summary><c>verify --render [--browser PATH]</c>: the rendered DOM from the machine's headless Chromium.</summary>
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
    /// The renderer for <c>--render</c>, or <see langword="null"/> without it. Writes one clear line and returns
    /// <see langword="false"/> when no browser is found.
    /// </summary>
    public static bool TryCreate(CliConsole console, bool render, string? browser, out ChromiumRenderer? renderer)
    {
        renderer = null;
        if (!render)
        {
            if (browser is not null)
            {
                console.WriteError("--browser is only used with --render.");
                return false;
            }

            return true;
        }

        var found = ChromiumRenderer.FindBrowser(browser);
        if (found is null)
        {
            console.WriteError(browser is null
                ? "--render needs Chromium, but none of " + string.Join(", ", ChromiumRenderer.DefaultBrowserNames) + " is on PATH; install one or pass --browser PATH (a browser is never downloaded)."
                : $"--render: the browser {browser} was not found; pass the path of a Chromium or Chrome executable with --browser.");
            return false;
        }

        renderer = new ChromiumRenderer(found);
        return true;
    }

    /// <summary>The DOM of the file at <paramref name="path"/> after scripts ran, or the one-line reason it failed.</summary>
    public static string? Render(ChromiumRenderer renderer, string path, out string? failure)
    {
        try
        {
            failure = null;
            return renderer.RenderAsync(new Uri(path)).GetAwaiter().GetResult();
        }
        catch (ChromiumRenderException exception)
        {
            failure = exception.Message;
            return null;
        }
    }
}
