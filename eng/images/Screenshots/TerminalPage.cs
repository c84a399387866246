using System.Net;
using System.Text;

namespace IcpBadge.Screenshots;

/// <summary>A page that looks like a terminal window: the command after a prompt, the screen it left, a new prompt.</summary>
internal static class TerminalPage
{
    public static string Html(string command, TerminalScreen screen, int columns)
    {
        var body = new StringBuilder();
        foreach (var line in screen.Lines)
        {
            body.Append("<div class=\"line\">");
            foreach (var run in Runs(line))
            {
                var text = WebUtility.HtmlEncode(run.Text);
                var css = Css(run.Style);
                body.Append(css.Length == 0 ? text : $"<span style=\"{css}\">{text}</span>");
            }

            body.Append("</div>\n");
        }

        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>icp-badge</title>
            <style>
              html, body { margin: 0; background: #f3f4f6; }
              body { padding: 24px; }
              .window { width: {{columns}}ch; padding: 0 20px 18px; background: #1e1e1e; border-radius: 10px;
                        box-shadow: 0 6px 24px rgba(0, 0, 0, .25); color: #d4d4d4;
                        font: 14px/1.5 "WenQuanYi Micro Hei Mono", "WenQuanYi Micro Hei", monospace; }
              .bar { display: flex; gap: 8px; align-items: center; height: 36px; margin: 0 -20px 12px; padding: 0 14px;
                     border-bottom: 1px solid #333; color: #9d9d9d; font-size: 13px; }
              .dot { width: 12px; height: 12px; border-radius: 50%; }
              .title { flex: 1; text-align: center; margin-right: 60px; }
              .line { white-space: pre-wrap; word-break: break-all; min-height: 1.5em; }
              .prompt { color: #23d18b; }
              .cursor { display: inline-block; width: 1ch; height: 1.2em; vertical-align: text-bottom; background: #d4d4d4; }
            </style>
            </head>
            <body>
            <div class="window">
            <div class="bar"><span class="dot" style="background:#ff5f56"></span><span class="dot" style="background:#ffbd2e"></span><span class="dot" style="background:#27c93f"></span><span class="title">bash</span></div>
            <div class="line"><span class="prompt">$</span> {{WebUtility.HtmlEncode(command)}}</div>
            {{body}}<div class="line"><span class="prompt">$</span> <span class="cursor"></span></div>
            </div>
            </body>
            </html>
            """;
    }

    private static IEnumerable<(string Text, CellStyle Style)> Runs(IReadOnlyList<Cell> line)
    {
        var start = 0;
        for (var i = 1; i <= line.Count; i++)
        {
            if (i == line.Count || line[i].Style != line[start].Style)
            {
                yield return (string.Concat(line.Skip(start).Take(i - start).Select(c => c.Text)), line[start].Style);
                start = i;
            }
        }
    }

    private static string Css(CellStyle style)
    {
        var css = new StringBuilder();
        if (style.Foreground is { } foreground)
        {
            css.Append("color:").Append(foreground).Append(';');
        }

        if (style.Background is { } background)
        {
            css.Append("background:").Append(background).Append(';');
        }

        if (style.Bold)
        {
            css.Append("font-weight:bold;");
        }

        if (style.Dim)
        {
            css.Append("opacity:.65;");
        }

        if (style.Underline)
        {
            css.Append("text-decoration:underline;");
        }

        return css.ToString();
    }
}
