using System.Globalization;

namespace IcpBadge.Screenshots;

/// <summary>SGR (<c>ESC [ … m</c>) parameters applied to a style: reset, bold, dim, underline, 16, 256 and RGB colours.</summary>
internal static class Sgr
{
    // A dark terminal theme (the 16 basic colours, then their bright forms).
    private static readonly string[] Basic =
    [
        "#1e1e1e", "#f14c4c", "#23d18b", "#e5c07b", "#3b8eea", "#c678dd", "#29b8db", "#d4d4d4",
        "#767676", "#ff6b6b", "#5af78e", "#f9f871", "#6cb6ff", "#e58ee5", "#5fd7ff", "#ffffff",
    ];

    public static CellStyle Apply(CellStyle style, IReadOnlyList<int> parameters)
    {
        if (parameters.Count == 0)
        {
            return CellStyle.Plain;
        }

        for (var i = 0; i < parameters.Count; i++)
        {
            var p = parameters[i];
            style = p switch
            {
                0 => CellStyle.Plain,
                1 => style with { Bold = true },
                2 => style with { Dim = true },
                4 => style with { Underline = true },
                22 => style with { Bold = false, Dim = false },
                24 => style with { Underline = false },
                >= 30 and <= 37 => style with { Foreground = Basic[p - 30] },
                >= 90 and <= 97 => style with { Foreground = Basic[p - 90 + 8] },
                39 => style with { Foreground = null },
                >= 40 and <= 47 => style with { Background = Basic[p - 40] },
                >= 100 and <= 107 => style with { Background = Basic[p - 100 + 8] },
                49 => style with { Background = null },
                38 or 48 => Extended(style, p == 38, parameters, ref i),
                _ => style,
            };
        }

        return style;
    }

    private static CellStyle Extended(CellStyle style, bool foreground, IReadOnlyList<int> parameters, ref int i)
    {
        string? colour = null;
        if (i + 2 < parameters.Count && parameters[i + 1] == 5)
        {
            colour = Indexed(parameters[i + 2]);
            i += 2;
        }
        else if (i + 4 < parameters.Count && parameters[i + 1] == 2)
        {
            colour = Hex(parameters[i + 2], parameters[i + 3], parameters[i + 4]);
            i += 4;
        }

        return foreground ? style with { Foreground = colour } : style with { Background = colour };
    }

    /// <summary>The xterm 256-colour palette: 16 basic colours, a 6×6×6 cube, 24 greys.</summary>
    private static string Indexed(int n)
    {
        if (n < 16)
        {
            return Basic[Math.Max(0, n)];
        }

        if (n < 232)
        {
            static int Level(int v) => v == 0 ? 0 : 55 + v * 40;
            var cube = n - 16;
            return Hex(Level(cube / 36), Level(cube / 6 % 6), Level(cube % 6));
        }

        var grey = 8 + (Math.Min(n, 255) - 232) * 10;
        return Hex(grey, grey, grey);
    }

    private static string Hex(int r, int g, int b) =>
        string.Create(CultureInfo.InvariantCulture, $"#{Math.Clamp(r, 0, 255):x2}{Math.Clamp(g, 0, 255):x2}{Math.Clamp(b, 0, 255):x2}");
}
