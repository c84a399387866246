namespace IcpBadge.Provinces;

/// <summary>
/// One of the 31 provincial-level divisions of mainland China that issue ICP filings (省级行政区).
/// </summary>
/// <remarks>
/// Instances are immutable singletons owned by <see cref="ProvinceCatalog"/>; compare them by reference or by
/// <see cref="Code"/>. The first character of <see cref="IcpAbbreviations"/> and <see cref="PoliceAbbreviations"/> is the
/// one the registry issues today; the others occur in older or hand-typed numbers and parse as valid.
/// </remarks>
public sealed class Province
{
    internal Province(
        int code,
        string name,
        string fullName,
        ProvinceKind kind,
        string englishName,
        string icpAbbreviations,
        string policeAbbreviations,
        string miitHostCode,
        IReadOnlyList<string> otherNames)
    {
        Code = code;
        Name = name;
        FullName = fullName;
        Kind = kind;
        EnglishName = englishName;
        IcpAbbreviations = icpAbbreviations;
        PoliceAbbreviations = policeAbbreviations;
        MiitHostCode = miitHostCode;
        OtherNames = otherNames;
    }

    /// <summary>The first two digits of the GB/T 2260 administrative-division code, e.g. <c>44</c> for 广东.</summary>
    public int Code { get; }

    /// <summary>The short Chinese name, e.g. <c>广东</c>, <c>内蒙古</c>.</summary>
    public string Name { get; }

    /// <summary>The full Chinese name, e.g. <c>广东省</c>, <c>内蒙古自治区</c>, <c>北京市</c>.</summary>
    public string FullName { get; }

    /// <summary>Whether this is a province, a municipality or an autonomous region.</summary>
    public ProvinceKind Kind { get; }

    /// <summary>The English (pinyin) name, e.g. <c>Guangdong</c>, <c>Shaanxi</c>, <c>Inner Mongolia</c>.</summary>
    public string EnglishName { get; }

    /// <summary>Abbreviations accepted in ICP numbers; the first is the one MIIT issues (e.g. <c>蜀川</c> for 四川).</summary>
    public string IcpAbbreviations { get; }

    /// <summary>Abbreviations accepted in police numbers; the first is the one the police platform issues (e.g. <c>川蜀</c>).</summary>
    public string PoliceAbbreviations { get; }

    /// <summary>The canonical ICP abbreviation (e.g. <c>蜀</c> for 四川).</summary>
    public char IcpAbbreviation => IcpAbbreviations[0];

    /// <summary>The canonical police abbreviation (e.g. <c>川</c> for 四川).</summary>
    public char PoliceAbbreviation => PoliceAbbreviations[0];

    /// <summary>The MIIT provincial host code, e.g. <c>gd</c> for <c>gd.beian.miit.gov.cn</c>.</summary>
    public string MiitHostCode { get; }

    /// <summary>The province's own MIIT filing-system host, e.g. <c>gd.beian.miit.gov.cn</c>. Footers link the national host instead.</summary>
    public string MiitProvincialHost => MiitHostCode + ".beian.miit.gov.cn";

    /// <summary>Further accepted names (alternative romanisations, full names with ethnic designations).</summary>
    public IReadOnlyList<string> OtherNames { get; }

    /// <summary>The code as two digits, e.g. <c>"44"</c>.</summary>
    public string CodeText => Code.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Returns <c>广东 (44)</c>-style text.</summary>
    public override string ToString() => $"{Name} ({CodeText})";
}
