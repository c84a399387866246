using System.Collections.Immutable;
using IcpBadge.Provinces;

namespace IcpBadge.Tests.Provinces;

/// <summary>
/// One row of SPEC §1.1, written out by hand so the tests never derive their expectations from the code under test.
/// </summary>
/// <param name="Code">First two digits of the GB/T 2260 code.</param>
/// <param name="Name">Short Chinese name.</param>
/// <param name="FullName">Official full Chinese name.</param>
/// <param name="Kind">Province, municipality or autonomous region.</param>
/// <param name="EnglishName">English (pinyin) name as SPEC §1.1 writes it.</param>
/// <param name="IcpAbbreviations">ICP characters, the issued one first.</param>
/// <param name="PoliceAbbreviations">Police characters, the issued one first.</param>
/// <param name="MiitHostCode">The MIIT provincial host code.</param>
internal sealed record ExpectedProvince(
    int Code,
    string Name,
    string FullName,
    ProvinceKind Kind,
    string EnglishName,
    string IcpAbbreviations,
    string PoliceAbbreviations,
    string MiitHostCode)
{
    /// <summary>The 31 divisions of SPEC §1.1, in code order.</summary>
    public static ImmutableArray<ExpectedProvince> All { get; } =
    [
        new(11, "北京", "北京市", ProvinceKind.Municipality, "Beijing", "京", "京", "bj"),
        new(12, "天津", "天津市", ProvinceKind.Municipality, "Tianjin", "津", "津", "tj"),
        new(13, "河北", "河北省", ProvinceKind.Province, "Hebei", "冀", "冀", "he"),
        new(14, "山西", "山西省", ProvinceKind.Province, "Shanxi", "晋", "晋", "sx"),
        new(15, "内蒙古", "内蒙古自治区", ProvinceKind.AutonomousRegion, "Inner Mongolia", "蒙", "蒙", "nm"),
        new(21, "辽宁", "辽宁省", ProvinceKind.Province, "Liaoning", "辽", "辽", "ln"),
        new(22, "吉林", "吉林省", ProvinceKind.Province, "Jilin", "吉", "吉", "jl"),
        new(23, "黑龙江", "黑龙江省", ProvinceKind.Province, "Heilongjiang", "黑", "黑", "hl"),
        new(31, "上海", "上海市", ProvinceKind.Municipality, "Shanghai", "沪", "沪", "sh"),
        new(32, "江苏", "江苏省", ProvinceKind.Province, "Jiangsu", "苏", "苏", "js"),
        new(33, "浙江", "浙江省", ProvinceKind.Province, "Zhejiang", "浙", "浙", "zj"),
        new(34, "安徽", "安徽省", ProvinceKind.Province, "Anhui", "皖", "皖", "ah"),
        new(35, "福建", "福建省", ProvinceKind.Province, "Fujian", "闽", "闽", "fj"),
        new(36, "江西", "江西省", ProvinceKind.Province, "Jiangxi", "赣", "赣", "jx"),
        new(37, "山东", "山东省", ProvinceKind.Province, "Shandong", "鲁", "鲁", "sd"),
        new(41, "河南", "河南省", ProvinceKind.Province, "Henan", "豫", "豫", "ha"),
        new(42, "湖北", "湖北省", ProvinceKind.Province, "Hubei", "鄂", "鄂", "hb"),
        new(43, "湖南", "湖南省", ProvinceKind.Province, "Hunan", "湘", "湘", "hn"),
        new(44, "广东", "广东省", ProvinceKind.Province, "Guangdong", "粤", "粤", "gd"),
        new(45, "广西", "广西壮族自治区", ProvinceKind.AutonomousRegion, "Guangxi", "桂", "桂", "gx"),
        new(46, "海南", "海南省", ProvinceKind.Province, "Hainan", "琼", "琼", "hi"),
        new(50, "重庆", "重庆市", ProvinceKind.Municipality, "Chongqing", "渝", "渝", "cq"),
        new(51, "四川", "四川省", ProvinceKind.Province, "Sichuan", "蜀川", "川蜀", "sc"),
        new(52, "贵州", "贵州省", ProvinceKind.Province, "Guizhou", "黔贵", "贵黔", "gz"),
        new(53, "云南", "云南省", ProvinceKind.Province, "Yunnan", "滇云", "滇云", "yn"),
        new(54, "西藏", "西藏自治区", ProvinceKind.AutonomousRegion, "Tibet", "藏", "藏", "xz"),
        new(61, "陕西", "陕西省", ProvinceKind.Province, "Shaanxi", "陕秦", "陕秦", "sn"),
        new(62, "甘肃", "甘肃省", ProvinceKind.Province, "Gansu", "陇甘", "甘陇", "gs"),
        new(63, "青海", "青海省", ProvinceKind.Province, "Qinghai", "青", "青", "qh"),
        new(64, "宁夏", "宁夏回族自治区", ProvinceKind.AutonomousRegion, "Ningxia", "宁", "宁", "nx"),
        new(65, "新疆", "新疆维吾尔自治区", ProvinceKind.AutonomousRegion, "Xinjiang", "新", "新", "xj"),
    ];

    /// <summary>The issued ICP character.</summary>
    public char IcpAbbreviation => IcpAbbreviations[0];

    /// <summary>The issued police character.</summary>
    public char PoliceAbbreviation => PoliceAbbreviations[0];

    /// <summary>The code as two digits.</summary>
    public string CodeText => Code.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The short name with the suffix its kind takes (广东省, 北京市, 广西自治区).</summary>
    public string NameWithSuffix => Name + Kind switch
    {
        ProvinceKind.Municipality => "市",
        ProvinceKind.AutonomousRegion => "自治区",
        _ => "省",
    };

    /// <summary>The row for <paramref name="code"/>.</summary>
    public static ExpectedProvince ByCode(int code) => All.Single(p => p.Code == code);

    /// <summary>All codes, one theory case each.</summary>
    public static TheoryData<int> Codes() => [.. All.Select(p => p.Code)];
}
