using System.Globalization;
using System.Text;
using System.Text.Json;

namespace IcpBadge.Configuration.Inventory;

/// <summary>
/// Reads one inventory site (the configuration schema without the IcpBadge wrapper) into
/// <see cref="IcpBadgeOptions"/>, as leniently as configuration binding: names in any letter case, unknown names
/// ignored, <c>null</c> meaning "not given", <c>Copyright.Since</c> as a number or a string. Written by hand rather
/// than through the serializer, whose metadata for some forty properties costs more to set up than a 10,000-site
/// inventory costs to read.
/// </summary>
internal static class InventorySiteReader
{
    // Room for the longest name of the schema ("ShanghaiSubmittedOn", 19) even written with \u escapes.
    private const int NameLength = 128;

    /// <summary>Reads the site whose first token the reader is on.</summary>
    /// <exception cref="InventoryJsonException">A value has the wrong JSON type.</exception>
    public static IcpBadgeOptions Read(ref Utf8JsonReader reader)
    {
        Span<char> names = stackalloc char[NameLength];
        var options = new IcpBadgeOptions();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return options;
        }

        ExpectObject(ref reader, string.Empty);
        while (NextProperty(ref reader, names, out var length))
        {
            switch ((ReadOnlySpan<char>)names[..length])
            {
                case "site": ReadSite(ref reader, options.Site); break;
                case "icp": ReadIcp(ref reader, options.Icp); break;
                case "license": ReadLicense(ref reader, options.License); break;
                case "police": ReadPolice(ref reader, options.Police); break;
                case "copyright": ReadCopyright(ref reader, options.Copyright); break;
                case "changes": ReadChanges(ref reader, options.Changes); break;
                case "holidaysfile": options.HolidaysFile = String(ref reader, "HolidaysFile"); break;
                default: reader.Skip(); break;
            }
        }

        return options;
    }

    private static void ReadSite(ref Utf8JsonReader reader, SiteOptions site)
    {
        Span<char> names = stackalloc char[NameLength];
        if (!ExpectObject(ref reader, "Site"))
        {
            return;
        }

        while (NextProperty(ref reader, names, out var length))
        {
            switch ((ReadOnlySpan<char>)names[..length])
            {
                case "name": site.Name = String(ref reader, "Site:Name"); break;
                case "id": site.Id = String(ref reader, "Site:Id"); break;
                case "homeurls": ReadStrings(ref reader, site.HomeUrls, "Site:HomeUrls"); break;
                case "subjecttype": site.SubjectType = String(ref reader, "Site:SubjectType"); break;
                case "domains": ReadDomains(ref reader, site.Domains); break;
                case "province": site.Province = String(ref reader, "Site:Province"); break;
                case "launchedon": site.LaunchedOn = String(ref reader, "Site:LaunchedOn"); break;
                case "connectedon": site.ConnectedOn = String(ref reader, "Site:ConnectedOn"); break;
                case "endson": site.EndsOn = String(ref reader, "Site:EndsOn"); break;
                case "commercial": site.Commercial = Boolean(ref reader, "Site:Commercial"); break;
                default: reader.Skip(); break;
            }
        }
    }

    private static void ReadDomains(ref Utf8JsonReader reader, IList<DomainOptions> domains)
    {
        Span<char> names = stackalloc char[NameLength];
        if (!ExpectArray(ref reader, "Site:Domains"))
        {
            return;
        }

        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            var path = $"Site:Domains:{i}";
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False)
            {
                domains.Add(new DomainOptions { Host = String(ref reader, path) });
                continue;
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                // As the binder does: an empty entry, which validation then reports as a domain without a host.
                domains.Add(new DomainOptions());
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(ref reader, path, "Inventory.DomainShape");
            }

            var domain = new DomainOptions();
            while (NextProperty(ref reader, names, out var length))
            {
                switch ((ReadOnlySpan<char>)names[..length])
                {
                    case "host": domain.Host = String(ref reader, path + ":Host"); break;
                    case "icpnumber": domain.IcpNumber = String(ref reader, path + ":IcpNumber"); break;
                    default: reader.Skip(); break;
                }
            }

            domains.Add(domain);
        }
    }

    private static void ReadIcp(ref Utf8JsonReader reader, IcpOptions icp)
    {
        Span<char> names = stackalloc char[NameLength];
        if (!ExpectObject(ref reader, "Icp"))
        {
            return;
        }

        while (NextProperty(ref reader, names, out var length))
        {
            switch ((ReadOnlySpan<char>)names[..length])
            {
                case "number": icp.Number = String(ref reader, "Icp:Number"); break;
                case "approvedon": icp.ApprovedOn = String(ref reader, "Icp:ApprovedOn"); break;
                case "display": icp.Display = String(ref reader, "Icp:Display"); break;
                case "displayedon": icp.DisplayedOn = String(ref reader, "Icp:DisplayedOn"); break;
                case "cancelledon": icp.CancelledOn = String(ref reader, "Icp:CancelledOn"); break;
                default: reader.Skip(); break;
            }
        }
    }

    private static void ReadLicense(ref Utf8JsonReader reader, LicenseOptions license)
    {
        Span<char> names = stackalloc char[NameLength];
        if (!ExpectObject(ref reader, "License"))
        {
            return;
        }

        while (NextProperty(ref reader, names, out var length))
        {
            if (names[..length] is "number")
            {
                license.Number = String(ref reader, "License:Number");
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void ReadPolice(ref Utf8JsonReader reader, PoliceOptions police)
    {
        Span<char> names = stackalloc char[NameLength];
        if (!ExpectObject(ref reader, "Police"))
        {
            return;
        }

        while (NextProperty(ref reader, names, out var length))
        {
            switch ((ReadOnlySpan<char>)names[..length])
            {
                case "number": police.Number = String(ref reader, "Police:Number"); break;
                case "province": police.Province = String(ref reader, "Police:Province"); break;
                case "submittedon": police.SubmittedOn = String(ref reader, "Police:SubmittedOn"); break;
                case "approvedon": police.ApprovedOn = String(ref reader, "Police:ApprovedOn"); break;
                case "displayedon": police.DisplayedOn = String(ref reader, "Police:DisplayedOn"); break;
                case "shanghaisubmittedon": police.ShanghaiSubmittedOn = String(ref reader, "Police:ShanghaiSubmittedOn"); break;
                case "noticeon": police.NoticeOn = String(ref reader, "Police:NoticeOn"); break;
                case "explanationon": police.ExplanationOn = String(ref reader, "Police:ExplanationOn"); break;
                case "revokedon": police.RevokedOn = String(ref reader, "Police:RevokedOn"); break;
                case "icon": police.Icon = String(ref reader, "Police:Icon"); break;
                default: reader.Skip(); break;
            }
        }
    }

    private static void ReadCopyright(ref Utf8JsonReader reader, CopyrightOptions copyright)
    {
        Span<char> names = stackalloc char[NameLength];
        if (!ExpectObject(ref reader, "Copyright"))
        {
            return;
        }

        while (NextProperty(ref reader, names, out var length))
        {
            switch ((ReadOnlySpan<char>)names[..length])
            {
                case "holder": copyright.Holder = String(ref reader, "Copyright:Holder"); break;
                case "since": copyright.Since = Year(ref reader, "Copyright:Since"); break;
                case "aliases": ReadStrings(ref reader, copyright.Aliases, "Copyright:Aliases"); break;
                default: reader.Skip(); break;
            }
        }
    }

    private static void ReadChanges(ref Utf8JsonReader reader, IList<ChangeOptions> changes)
    {
        Span<char> names = stackalloc char[NameLength];
        if (!ExpectArray(ref reader, "Changes"))
        {
            return;
        }

        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            var change = new ChangeOptions();
            changes.Add(change);
            var path = $"Changes:{i}";
            if (!ExpectObject(ref reader, path))
            {
                continue;
            }

            while (NextProperty(ref reader, names, out var length))
            {
                switch ((ReadOnlySpan<char>)names[..length])
                {
                    case "filing": change.Filing = String(ref reader, path + ":Filing"); break;
                    case "effectiveon": change.EffectiveOn = String(ref reader, path + ":EffectiveOn"); break;
                    case "filedon": change.FiledOn = String(ref reader, path + ":FiledOn"); break;
                    default: reader.Skip(); break;
                }
            }
        }
    }

    private static void ReadStrings(ref Utf8JsonReader reader, IList<string> into, string path)
    {
        if (!ExpectArray(ref reader, path))
        {
            return;
        }

        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            if (String(ref reader, $"{path}:{i}") is { } value)
            {
                into.Add(value);
            }
        }
    }

    /// <summary>
    /// Moves to the next property's value and puts its name, ASCII letters in lower case, in
    /// <paramref name="buffer"/> (no string per property), giving its length. A name too long to be one of the schema's comes back empty,
    /// so it is skipped as unknown.
    /// </summary>
    private static bool NextProperty(ref Utf8JsonReader reader, scoped Span<char> buffer, out int length)
    {
        length = 0;
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            return false;
        }

        // Unescaping never lengthens a name, so a raw name that fits the buffer fits it unescaped too.
        length = (reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length) <= buffer.Length ? reader.CopyString(buffer) : 0;
        var letters = buffer[..length];
        for (var i = 0; i < letters.Length; i++)
        {
            if (letters[i] is >= 'A' and <= 'Z')
            {
                letters[i] = (char)(letters[i] + ('a' - 'A'));
            }
        }

        reader.Read();
        return true;
    }

    /// <summary>True when the value is an object to read; false for <c>null</c>.</summary>
    private static bool ExpectObject(ref Utf8JsonReader reader, string path) =>
        reader.TokenType switch
        {
            JsonTokenType.StartObject => true,
            JsonTokenType.Null => false,
            _ => throw Error(ref reader, path, "Inventory.MustBeObject"),
        };

    /// <summary>True when the value is an array to read; false for <c>null</c>.</summary>
    private static bool ExpectArray(ref Utf8JsonReader reader, string path) =>
        reader.TokenType switch
        {
            JsonTokenType.StartArray => true,
            JsonTokenType.Null => false,
            _ => throw Error(ref reader, path, "Inventory.MustBeArray"),
        };

    /// <summary>A string; like the configuration binder, a number or <c>true</c>/<c>false</c> is taken as its text.</summary>
    private static string? String(ref Utf8JsonReader reader, string path) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
            JsonTokenType.True => bool.TrueString,
            JsonTokenType.False => bool.FalseString,
            _ => throw Error(ref reader, path, "Inventory.MustBeString"),
        };

    /// <summary>A flag; like the configuration binder, the strings <c>"true"</c> and <c>"false"</c> in any case count too.</summary>
    private static bool Boolean(ref Utf8JsonReader reader, string path) =>
        reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False or JsonTokenType.Null => false,
            JsonTokenType.String when bool.TryParse(reader.GetString(), out var value) => value,
            _ => throw Error(ref reader, path, "Inventory.MustBeBoolean"),
        };

    private static int? Year(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.String && int.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        throw Error(ref reader, path, "Inventory.MustBeYear");
    }

    /// <summary>The exception for the value under the reader, its reason the core's text named <paramref name="key"/>.</summary>
    private static InventoryJsonException Error(ref Utf8JsonReader reader, string path, string key) =>
        new(path, IcpBadge.Localization.CoreText.Resources.Get(key), reader.TokenStartIndex);
}
