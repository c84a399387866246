using System.Text.Json;

namespace IcpBadge.Rules;

/// <summary>
/// Provinces' rules as JSON (what <c>icp-badge rules --format json</c> writes): an array, one object per province
/// with its names, abbreviations, MIIT host, footer number, copyright and second police platform, and its obligations
/// (<c>id</c>, then <c>title</c>, <c>due</c>, <c>appliesWhen</c> and <c>source</c> — the legal basis — in English, and
/// the same four in Chinese under <c>zh</c>). The same in every language.
/// </summary>
/// <example>
/// <code>
/// ProvinceRulesJsonWriter.Write(stream, ProvinceCatalog.All.Select(ProvinceRules.For));
/// </code>
/// </example>
public static class ProvinceRulesJsonWriter
{
    /// <summary>Writes the array to <paramref name="output"/> (no newline after it), which stays open.</summary>
    public static void Write(Stream output, IEnumerable<ProvinceRules> rules)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rules);
        using var json = new Utf8JsonWriter(output, JsonOutput.Options);
        json.WriteStartArray();
        foreach (var province in rules)
        {
            WriteOne(json, province);
        }

        json.WriteEndArray();
    }

    private static void WriteOne(Utf8JsonWriter json, ProvinceRules rules)
    {
        var p = rules.Province;
        json.WriteStartObject();
        json.WriteString("code", p.CodeText);
        json.WriteString("name", p.Name);
        json.WriteString("fullName", p.FullName);
        json.WriteString("englishName", p.EnglishName);
        json.WriteString("icpAbbr", p.IcpAbbreviation.ToString());
        json.WriteString("policeAbbr", p.PoliceAbbreviation.ToString());
        json.WriteString("icpAbbrAliases", p.IcpAbbreviations[1..]);
        json.WriteString("policeAbbrAliases", p.PoliceAbbreviations[1..]);
        json.WriteString("miitHost", p.MiitProvincialHost);
        json.WriteString("footerNumber", rules.FooterNumber.ToString());
        json.WriteBoolean("copyrightRequired", rules.CopyrightRequired);
        json.WriteStringOrNull("secondPolicePlatform", rules.SecondPolicePlatform);
        json.WriteStartArray("obligations");
        foreach (var obligation in rules.Obligations)
        {
            json.WriteStartObject();
            json.WriteString("id", obligation.Id);
            json.WriteString("title", obligation.Title.En);
            json.WriteString("due", obligation.Due.En);
            json.WriteString("appliesWhen", obligation.AppliesWhen.En);
            json.WriteString("source", obligation.Source.En);

            // The fields above were English strings before the texts had two languages; they stay so.
            json.WriteStartObject("zh");
            json.WriteString("title", obligation.Title.Zh);
            json.WriteString("due", obligation.Due.Zh);
            json.WriteString("appliesWhen", obligation.AppliesWhen.Zh);
            json.WriteString("source", obligation.Source.Zh);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
