using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace IcpBadge.Audits.Tests.Reports;

/// <summary>
/// A small, strict OpenMetrics text parser for the tests: every family has HELP and TYPE before its samples, a family's
/// samples are together, names and label names are valid, label values use only the \\ \" \n escapes, no label set
/// repeats, values are numbers, and the text ends with "# EOF\n". Throws FormatException naming the line otherwise.
/// </summary>
internal static partial class OpenMetricsParser
{
    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    public sealed record Family(string Name, string Help, string Type, List<Sample> Samples);

    public static IReadOnlyDictionary<string, Family> Parse(string text)
    {
        if (!text.EndsWith("# EOF\n", StringComparison.Ordinal))
        {
            throw new FormatException("the text does not end with '# EOF\\n'");
        }

        var lines = text[..^"# EOF\n".Length].Split('\n');
        var families = new Dictionary<string, Family>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? current = null;
        string? help = null;
        for (var n = 0; n < lines.Length - 1; n++)
        {
            var line = lines[n];
            var where = $"line {n + 1}: '{line}'";
            if (line.StartsWith("# HELP ", StringComparison.Ordinal))
            {
                var parts = line[7..].Split(' ', 2);
                Require(NameRegex().IsMatch(parts[0]) && parts.Length == 2 && !families.ContainsKey(parts[0]), where);
                current = parts[0];
                help = parts[1];
            }
            else if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line[7..].Split(' ');
                Require(parts.Length == 2 && parts[0] == current && help is not null && parts[1] is "gauge" or "counter" or "info" or "unknown", where);
                families[current!] = new Family(current!, help!, parts[1], []);
                help = null;
            }
            else
            {
                Require(!line.StartsWith('#') && line.Length > 0, where);
                var sample = ParseSample(line, where);
                Require(sample.Name == current && families.ContainsKey(current), where + " (sample outside its family)");
                var key = sample.Name + "{" + string.Join(",", sample.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Key + "=" + l.Value)) + "}";
                Require(seen.Add(key), where + " (repeated label set)");
                families[current!].Samples.Add(sample);
            }
        }

        Require(lines[^1].Length == 0, "text before # EOF does not end with a newline");
        return families;
    }

    private static Sample ParseSample(string line, string where)
    {
        var match = SampleRegex().Match(line);
        Require(match.Success, where);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var body = match.Groups["labels"].Value;
        var i = 0;
        while (i < body.Length)
        {
            var eq = body.IndexOf('=', i);
            Require(eq > i, where);
            var name = body[i..eq];
            Require(LabelRegex().IsMatch(name) && eq + 1 < body.Length && body[eq + 1] == '"', where);
            var value = new StringBuilder();
            var j = eq + 2;
            for (; j < body.Length && body[j] != '"'; j++)
            {
                if (body[j] == '\\')
                {
                    j++;
                    Require(j < body.Length && body[j] is '\\' or '"' or 'n', where + " (bad escape)");
                    value.Append(body[j] == 'n' ? '\n' : body[j]);
                }
                else
                {
                    Require(body[j] != '\n', where);
                    value.Append(body[j]);
                }
            }

            Require(j < body.Length, where + " (unterminated label value)");
            Require(labels.TryAdd(name, value.ToString()), where + " (repeated label)");
            i = j + 1;
            if (i < body.Length)
            {
                Require(body[i] == ',', where);
                i++;
            }
        }

        Require(double.TryParse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number), where + " (value)");
        return new Sample(match.Groups["name"].Value, labels, number);
    }

    private static void Require(bool condition, string where)
    {
        if (!condition)
        {
            throw new FormatException("not valid OpenMetrics at " + where);
        }
    }

    [GeneratedRegex("^[a-zA-Z_:][a-zA-Z0-9_:]*$")]
    private static partial Regex NameRegex();

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex LabelRegex();

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>(?:[^"}]|"(?:[^"\\]|\\.)*")*)\})? (?<value>\S+)$""")]
    private static partial Regex SampleRegex();
}
