using System.Reflection;
using System.Text.Json;
using IcpBadge.Localization;

namespace IcpBadge.Verification;

/// <summary>
/// <c>verify --format sarif</c>: SARIF 2.1.0, one run whose driver lists every rule (English and Chinese help) and one
/// result per finding, located at the file (relative to the working folder) or the URL; the evidence is in
/// <c>properties.evidence</c> and at the end of the message.
/// </summary>
internal static class SarifReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly LocalizedText NeedsConfiguration = VerificationText.Get("Rule.NeedsConfiguration");

    public static void Write(Stream output, IReadOnlyList<TargetReport> reports)
    {
        using (var json = new Utf8JsonWriter(output, ReportJson.Options))
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

        output.WriteByte((byte)'\n');
    }

    /// <summary>A file's path relative to the working folder with '/' separators, or the URL as given.</summary>
    public static string ArtifactUri(TargetReport report)
    {
        if (Uri.TryCreate(report.FinalUrl, UriKind.Absolute, out var uri) && uri.IsFile)
        {
            return Path.GetRelativePath(Environment.CurrentDirectory, uri.LocalPath).Replace('\\', '/');
        }

        return report.FinalUrl.Length > 0 ? report.FinalUrl : report.Target;
    }

    private static void WriteTool(Utf8JsonWriter json)
    {
        var version = typeof(SarifReportWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "icp-badge");
        json.WriteString("version", version);
        json.WriteString("informationUri", VerificationRules.HelpUri);
        json.WriteStartArray("rules");
        foreach (var rule in VerificationRules.All)
        {
            var help = $"{rule.TitleEn}\n{rule.TitleZh}" + (rule.NeedsConfiguration ? $"\n{NeedsConfiguration.En} {NeedsConfiguration.Zh}" : string.Empty);
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.TitleEn);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", $"{rule.TitleEn} {rule.TitleZh}");
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", help);
            json.WriteString("markdown", help.Replace("\n", "\n\n", StringComparison.Ordinal) + $"\n\n[{rule.Id}]({VerificationRules.HelpUri}#{rule.Id.ToLowerInvariant()})");
            json.WriteEndObject();
            json.WriteString("helpUri", $"{VerificationRules.HelpUri}#{rule.Id.ToLowerInvariant()}");
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", ReportNames.SarifLevel(rule.HighestSeverity));
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
        var index = RuleIndex(finding.Rule);
        if (index >= 0)
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", ReportNames.SarifLevel(finding.Severity));
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

    /// <summary>The position of the rule <paramref name="id"/> in <see cref="VerificationRules.All"/>, or -1.</summary>
    private static int RuleIndex(string id)
    {
        for (var i = 0; i < VerificationRules.All.Count; i++)
        {
            if (VerificationRules.All[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }
}
