using System.Reflection;
using System.Text.Json;
using IcpBadge.Verification;

namespace IcpBadge.Cli.Output;

/// <summary>
/// <c>verify --format sarif</c>: SARIF 2.1.0, one run whose driver lists every rule (English and Chinese help) and one
/// result per finding, located at the file (relative to the working folder) or the URL; the evidence is in
/// <c>properties.evidence</c> and at the end of the message.
/// </summary>
internal static class VerifySarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(TextWriter output, IReadOnlyList<VerifyTargetReport> reports)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, NumberJsonWriter.Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json);
            json.WriteStartArray("results");
            foreach (var report in reports)
            {
                var uri = ArtifactUri(report);
                foreach (var finding in report.Findings)
                {
                    WriteResult(json, finding, uri);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    /// <summary>The SARIF level of a severity: <c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    public static string Level(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A file's path relative to the working folder with '/' separators, or the URL as given.</summary>
    public static string ArtifactUri(VerifyTargetReport report)
    {
        if (Uri.TryCreate(report.FinalUrl, UriKind.Absolute, out var uri) && uri.IsFile)
        {
            return Path.GetRelativePath(Environment.CurrentDirectory, uri.LocalPath).Replace('\\', '/');
        }

        return report.FinalUrl.Length > 0 ? report.FinalUrl : report.Target;
    }

    private static void WriteTool(Utf8JsonWriter json)
    {
        var version = typeof(VerifySarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "icp-badge");
        json.WriteString("version", version);
        json.WriteString("informationUri", VerifyRuleCatalog.HelpUri);
        json.WriteStartArray("rules");
        foreach (var rule in VerifyRuleCatalog.Rules)
        {
            var help = $"{rule.English}\n{rule.Chinese}" + (rule.NeedsConfiguration ? "\nNeeds --config (skipped without one). 需要 --config，否则跳过。" : string.Empty);
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.English);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", $"{rule.English} {rule.Chinese}");
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", help);
            json.WriteString("markdown", help.Replace("\n", "\n\n", StringComparison.Ordinal) + $"\n\n[{rule.Id}]({VerifyRuleCatalog.HelpUri}#{rule.Id.ToLowerInvariant()})");
            json.WriteEndObject();
            json.WriteString("helpUri", $"{VerifyRuleCatalog.HelpUri}#{rule.Id.ToLowerInvariant()}");
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", rule.Level);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, InspectionFinding finding, string uri)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule);
        var index = VerifyRuleCatalog.Rules.ToList().FindIndex(r => r.Id == finding.Rule);
        if (index >= 0)
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        var evidence = finding.Evidence.Length == 0 ? string.Empty : $" [{finding.Evidence}]";
        json.WriteString("text", $"{finding.MessageEn} {finding.MessageZh}{evidence}");
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteString("evidence", finding.Evidence);
        json.WriteString("messageZh", finding.MessageZh);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
