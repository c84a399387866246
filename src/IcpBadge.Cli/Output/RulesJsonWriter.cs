using System.Text.Json;
using IcpBadge.Rules;

namespace IcpBadge.Cli.Output;

/// <summary>Writes <c>icp-badge rules --format json</c>: an array of provinces with their rules.</summary>
internal static class RulesJsonWriter
{
    public static void Write(TextWriter output, IEnumerable<ProvinceRules> all)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, NumberJsonWriter.Options))
        {
            json.WriteStartArray();
            foreach (var rules in all)
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
                if (rules.SecondPolicePlatform is null)
                {
                    json.WriteNull("secondPolicePlatform");
                }
                else
                {
                    json.WriteString("secondPolicePlatform", rules.SecondPolicePlatform);
                }

                json.WriteStartArray("obligations");
                foreach (var obligation in rules.Obligations)
                {
                    json.WriteStartObject();
                    json.WriteString("id", obligation.Id);
                    json.WriteString("title", obligation.Title);
                    json.WriteString("due", obligation.Due);
                    json.WriteString("appliesWhen", obligation.AppliesWhen);
                    json.WriteString("source", obligation.Source);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
