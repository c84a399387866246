using Scriban.Runtime;

namespace IcpBadge.Rendering;

/// <summary>
/// Turns a <see cref="FooterModel"/> into the variables a template sees: plain strings, numbers and nested
/// script objects only — never a .NET object whose members a template could reach.
/// </summary>
internal static class ScribanModel
{
    public static ScriptObject Create(FooterModel model, TemplateEncoding encoding)
    {
        string? E(string? value) => ValueEncoder.Encode(value, encoding);

        var root = new ScriptObject
        {
            ["lang"] = E(model.Lang),
            ["element"] = model.Element is "div" ? "div" : "footer",
            ["site_name"] = E(model.SiteName),
            ["year"] = model.Year,
            ["strict_csp"] = model.StrictCsp,
            ["link_target"] = E(model.LinkTarget),
            ["link_rel"] = E(model.LinkRel),
            ["icp"] = new ScriptObject
            {
                ["number"] = E(model.IcpNumber),
                ["link"] = E(model.IcpLink),
            },
            ["police"] = model.PoliceNumber is null
                ? null
                : new ScriptObject
                {
                    ["number"] = E(model.PoliceNumber),
                    ["code"] = E(model.PoliceCode),
                    ["link"] = E(model.PoliceLink),
                    ["icon"] = model.IconSource is null
                        ? null
                        : new ScriptObject
                        {
                            ["src"] = E(model.IconSource),
                            ["width"] = model.IconWidth,
                            ["height"] = model.IconHeight,
                            ["alt"] = E(model.IconAlt),
                        },
                },
            ["copyright"] = model.CopyrightText is null
                ? null
                : new ScriptObject
                {
                    ["text"] = E(model.CopyrightText),
                    ["holder"] = E(model.CopyrightHolder),
                    ["years"] = E(model.CopyrightYears),
                },
            ["licence"] = model.LicenceNumber is null
                ? null
                : new ScriptObject
                {
                    ["number"] = E(model.LicenceNumber),
                    ["label"] = E(model.LicenceLabel),
                    ["link"] = E(model.LicenceLink),
                },
        };
        return root;
    }
}
