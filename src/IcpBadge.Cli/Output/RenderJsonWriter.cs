using System.Text.Json;
using IcpBadge.Rendering;

namespace IcpBadge.Cli.Output;

/// <summary>Writes <c>icp-badge render --format json</c>: the footer's values (unencoded) and its HTML.</summary>
internal static class RenderJsonWriter
{
    public static void Write(TextWriter output, FooterModel model, string html)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, NumberJsonWriter.Options))
        {
            json.WriteStartObject();
            json.WriteString("lang", model.Lang);
            json.WriteStringOrNull("siteName", model.SiteName);
            json.WriteStartObject("icp");
            json.WriteString("number", model.IcpNumber);
            json.WriteString("link", model.IcpLink);
            json.WriteEndObject();
            if (model.PoliceNumber is null)
            {
                json.WriteNull("police");
            }
            else
            {
                json.WriteStartObject("police");
                json.WriteString("number", model.PoliceNumber);
                json.WriteStringOrNull("code", model.PoliceCode);
                json.WriteStringOrNull("link", model.PoliceLink);
                if (model.IconSource is null)
                {
                    json.WriteNull("icon");
                }
                else
                {
                    json.WriteStartObject("icon");
                    json.WriteString("src", model.IconSource);
                    json.WriteNumber("width", model.IconWidth);
                    json.WriteNumber("height", model.IconHeight);
                    json.WriteString("alt", model.IconAlt);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteStringOrNull("copyright", model.CopyrightText);
            if (model.LicenceNumber is null)
            {
                json.WriteNull("licence");
            }
            else
            {
                json.WriteStartObject("licence");
                json.WriteString("number", model.LicenceNumber);
                json.WriteStringOrNull("label", model.LicenceLabel);
                json.WriteStringOrNull("link", model.LicenceLink);
                json.WriteEndObject();
            }

            json.WriteString("html", html);
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
