using System.Globalization;
using System.Text;

namespace IcpBadge.Screenshots;

/// <summary>How one character cell is drawn: colours (CSS) and weight; null colours are the terminal's defaults.</summary>
internal sealed record CellStyle(string? Foreground = null, string? Background = null, bool Bold = false, bool Dim = false, bool Underline = false)
{
    public static CellStyle Plain { get; } = new();
}

/// <summary>One character on the screen and its style.</summary>
internal readonly record struct Cell(string Text, CellStyle Style);

/// <summary>
/// The final screen a program's terminal output leaves: a tiny terminal emulator for what Spectre.Console writes
/// (text, CR/LF, SGR colours, cursor up/down/column, erase line/screen). A progress bar that clears itself
/// therefore leaves nothing behind, as on a real terminal. Lines do not wrap here; the page wraps them.
/// </summary>
internal sealed class TerminalScreen
{
    private readonly List<List<Cell>> _lines = [[]];
    private int _row;
    private int _column;
    private CellStyle _style = CellStyle.Plain;

    private TerminalScreen()
    {
    }

    /// <summary>The screen's lines, without trailing spaces, leading or trailing blank lines.</summary>
    public IReadOnlyList<IReadOnlyList<Cell>> Lines { get; private set; } = [];

    public static TerminalScreen Replay(string output)
    {
        var screen = new TerminalScreen();
        for (var i = 0; i < output.Length;)
        {
            i = output[i] == '\u001b' ? screen.Escape(output, i) : screen.Character(output, i);
        }

        screen.Lines = Trim(screen._lines);
        return screen;
    }

    private int Character(string output, int i)
    {
        var rune = Rune.GetRuneAt(output, i);
        switch (rune.Value)
        {
            case '\r':
                _column = 0;
                break;
            case '\n':
                MoveTo(_row + 1, _column);
                break;
            case '\b':
                _column = Math.Max(0, _column - 1);
                break;
            case '\t':
                _column = (_column / 8 + 1) * 8;
                break;
            case < 0x20 or 0x7f:
                break;
            default:
                Put(rune.ToString());
                break;
        }

        return i + rune.Utf16SequenceLength;
    }

    private int Escape(string output, int i)
    {
        if (i + 1 >= output.Length)
        {
            return output.Length;
        }

        switch (output[i + 1])
        {
            case '[':
                var end = i + 2;
                while (end < output.Length && output[end] is < '@' or > '~')
                {
                    end++;
                }

                if (end < output.Length)
                {
                    Control(output[(i + 2)..end], output[end]);
                }

                return end + 1;
            case '(' or ')':
                return i + 3; // character set selection: nothing to draw
            default:
                return i + 2; // ESC =, ESC >, ESC 7, ...: keypad and cursor-save modes
        }
    }

    private void Control(string parameters, char command)
    {
        if (parameters.StartsWith('?'))
        {
            return; // private modes: cursor visibility, application keys
        }

        var numbers = parameters.Split(';').Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToArray();
        var first = numbers.Length > 0 && numbers[0] > 0 ? numbers[0] : 1;
        switch (command)
        {
            case 'm':
                _style = Sgr.Apply(_style, numbers);
                break;
            case 'A':
                MoveTo(Math.Max(0, _row - first), _column);
                break;
            case 'B':
                MoveTo(_row + first, _column);
                break;
            case 'C':
                _column += first;
                break;
            case 'D':
                _column = Math.Max(0, _column - first);
                break;
            case 'G':
                _column = first - 1;
                break;
            case 'H' or 'f':
                MoveTo(first - 1, numbers.Length > 1 && numbers[1] > 0 ? numbers[1] - 1 : 0);
                break;
            case 'K':
                EraseLine(numbers.Length > 0 ? numbers[0] : 0);
                break;
            case 'J' when numbers.Length > 0 && numbers[0] >= 2:
                _lines.ForEach(line => line.Clear());
                break;
            default:
                break;
        }
    }

    private void MoveTo(int row, int column)
    {
        while (_lines.Count <= row)
        {
            _lines.Add([]);
        }

        _row = row;
        _column = column;
    }

    private void Put(string text)
    {
        var line = _lines[_row];
        while (line.Count < _column)
        {
            line.Add(new Cell(" ", CellStyle.Plain));
        }

        var cell = new Cell(text, _style);
        if (_column < line.Count)
        {
            line[_column] = cell;
        }
        else
        {
            line.Add(cell);
        }

        _column++;
    }

    private void EraseLine(int mode)
    {
        var line = _lines[_row];
        switch (mode)
        {
            case 0 when _column < line.Count:
                line.RemoveRange(_column, line.Count - _column);
                break;
            case 1:
                for (var c = 0; c <= _column && c < line.Count; c++)
                {
                    line[c] = new Cell(" ", CellStyle.Plain);
                }

                break;
            case 2:
                line.Clear();
                break;
            default:
                break;
        }
    }

    private static List<IReadOnlyList<Cell>> Trim(List<List<Cell>> lines)
    {
        var trimmed = lines.Select(line =>
        {
            var length = line.Count;
            while (length > 0 && line[length - 1].Text == " " && line[length - 1].Style.Background is null)
            {
                length--;
            }

            return (IReadOnlyList<Cell>)line.GetRange(0, length);
        }).ToList();
        var first = trimmed.FindIndex(l => l.Count > 0);
        var last = trimmed.FindLastIndex(l => l.Count > 0);
        return first < 0 ? [] : trimmed.GetRange(first, last - first + 1);
    }
}
