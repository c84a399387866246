using System.Text.Json;

namespace IcpBadge.Rendering;

/// <summary>
/// A footer as JSON (what <c>icp-badge render --format json</c> writes): its values unencoded — <c>lang</c>,
/// <c>siteName</c>, <c>icp</c>, <c>police</c> (with its <c>icon</c>), <c>copyright</c>, <c>licence</c> — and the
/// rendered <c>html</c>. Absent parts are written as null, never left out.
/// </summary>
/// <example>
/// <code>
/// var model = FooterModelFactory.Create(profile, ChinaTime.Today(clock).Year);
/// FooterModelJsonWriter.Write(stream, model, renderer.Render(profile));
/// </code>
/// </example>
public static class FooterModelJsonWriter
{
    /// <summary>Writes <paramref name="model"/> and <paramref name="html"/> to <paramref name="output"/> (no newline after it), which stays open.</summary>
    public static void Write(Stream output, FooterModel model, string html)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(html);
        using var json = new Utf8JsonWriter(output, JsonOutput.Options);
        json.WriteStartObject();
        json.WriteString("lang", model.Lang);
        json.WriteStringOrNull("siteName", model.SiteName);
        json.WriteStartObject("icp");
        json.WriteString("number", model.IcpNumber);
        json.WriteString("link", model.IcpLink);
        json.WriteEndObject();
        WritePolice(json, model);
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

    private static void WritePolice(Utf8JsonWriter json, FooterModel model)
    {
        if (model.PoliceNumber is null)
        {
            json.WriteNull("police");
            return;
        }

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
}
