using System.Globalization;
using System.Text;
using IcpBadge.Localization;

namespace IcpBadge.Provinces;

/// <summary>
/// The 31 provincial-level divisions that issue ICP filings, and lookup by every accepted form of name.
/// </summary>
/// <example>
/// <code>
/// var result = ProvinceCatalog.Lookup("广东省");   // also "粤", "44", "Guangdong", "gd"
/// if (result.Success) Console.WriteLine(result.Province.IcpAbbreviation); // 粤
/// </code>
/// </example>
public static class ProvinceCatalog
{
    /// <summary>The sentence listing the accepted forms of a province name, used in error messages (English).</summary>
    public const string AcceptedForms =
        "a Chinese name (广东 or 广东省), an abbreviation (粤), a GB/T 2260 code (44), an English or pinyin name (Guangdong) or a MIIT host code (gd)";

    // The same list in both languages (Resources/Strings*.resx; the English is AcceptedForms).
    private static readonly LocalizedText AcceptedFormsText = CoreText.Resources.Get("Province.AcceptedForms");

    private static readonly Province[] AllProvinces =
    [
        new(11, "北京", "北京市", ProvinceKind.Municipality, "Beijing", "京", "京", "bj", ["Peking"]),
        new(12, "天津", "天津市", ProvinceKind.Municipality, "Tianjin", "津", "津", "tj", []),
        new(13, "河北", "河北省", ProvinceKind.Province, "Hebei", "冀", "冀", "he", []),
        new(14, "山西", "山西省", ProvinceKind.Province, "Shanxi", "晋", "晋", "sx", []),
        new(15, "内蒙古", "内蒙古自治区", ProvinceKind.AutonomousRegion, "Inner Mongolia", "蒙", "蒙", "nm", ["Nei Mongol", "Neimenggu", "Nei Menggu"]),
        new(21, "辽宁", "辽宁省", ProvinceKind.Province, "Liaoning", "辽", "辽", "ln", []),
        new(22, "吉林", "吉林省", ProvinceKind.Province, "Jilin", "吉", "吉", "jl", []),
        new(23, "黑龙江", "黑龙江省", ProvinceKind.Province, "Heilongjiang", "黑", "黑", "hl", []),
        new(31, "上海", "上海市", ProvinceKind.Municipality, "Shanghai", "沪", "沪", "sh", []),
        new(32, "江苏", "江苏省", ProvinceKind.Province, "Jiangsu", "苏", "苏", "js", []),
        new(33, "浙江", "浙江省", ProvinceKind.Province, "Zhejiang", "浙", "浙", "zj", []),
        new(34, "安徽", "安徽省", ProvinceKind.Province, "Anhui", "皖", "皖", "ah", []),
        new(35, "福建", "福建省", ProvinceKind.Province, "Fujian", "闽", "闽", "fj", []),
        new(36, "江西", "江西省", ProvinceKind.Province, "Jiangxi", "赣", "赣", "jx", []),
        new(37, "山东", "山东省", ProvinceKind.Province, "Shandong", "鲁", "鲁", "sd", []),
        new(41, "河南", "河南省", ProvinceKind.Province, "Henan", "豫", "豫", "ha", []),
        new(42, "湖北", "湖北省", ProvinceKind.Province, "Hubei", "鄂", "鄂", "hb", []),
        new(43, "湖南", "湖南省", ProvinceKind.Province, "Hunan", "湘", "湘", "hn", []),
        new(44, "广东", "广东省", ProvinceKind.Province, "Guangdong", "粤", "粤", "gd", ["Canton"]),
        new(45, "广西", "广西壮族自治区", ProvinceKind.AutonomousRegion, "Guangxi", "桂", "桂", "gx", ["广西自治区"]),
        new(46, "海南", "海南省", ProvinceKind.Province, "Hainan", "琼", "琼", "hi", []),
        new(50, "重庆", "重庆市", ProvinceKind.Municipality, "Chongqing", "渝", "渝", "cq", []),
        new(51, "四川", "四川省", ProvinceKind.Province, "Sichuan", "蜀川", "川蜀", "sc", []),
        new(52, "贵州", "贵州省", ProvinceKind.Province, "Guizhou", "黔贵", "贵黔", "gz", []),
        new(53, "云南", "云南省", ProvinceKind.Province, "Yunnan", "滇云", "滇云", "yn", []),
        new(54, "西藏", "西藏自治区", ProvinceKind.AutonomousRegion, "Tibet", "藏", "藏", "xz", ["Xizang"]),
        new(61, "陕西", "陕西省", ProvinceKind.Province, "Shaanxi", "陕秦", "陕秦", "sn", []),
        new(62, "甘肃", "甘肃省", ProvinceKind.Province, "Gansu", "陇甘", "甘陇", "gs", []),
        new(63, "青海", "青海省", ProvinceKind.Province, "Qinghai", "青", "青", "qh", []),
        new(64, "宁夏", "宁夏回族自治区", ProvinceKind.AutonomousRegion, "Ningxia", "宁", "宁", "nx", ["宁夏自治区"]),
        new(65, "新疆", "新疆维吾尔自治区", ProvinceKind.AutonomousRegion, "Xinjiang", "新", "新", "xj", ["新疆自治区"]),
    ];

    private static readonly (LocalizedText Name, string[] Forms)[] NoIcpRegions =
    [
        (CoreText.Resources.Get("Province.Region.HongKong"), ["香港", "香港特别行政区", "港", "hongkong", "hk", "81"]),
        (CoreText.Resources.Get("Province.Region.Macau"), ["澳门", "澳门特别行政区", "澳", "macau", "macao", "mo", "82"]),
        (CoreText.Resources.Get("Province.Region.Taiwan"), ["台湾", "台湾省", "臺灣", "台", "taiwan", "tw", "71"]),
    ];

    // Plain lookups: a frozen dictionary costs more to build (and to JIT) than a short-lived CLI run saves on lookups.
    private static readonly Province?[] ByCode = BuildCodeIndex();

    private static readonly Dictionary<char, Province> ByAbbreviation = BuildAbbreviationIndex();


    /// <summary>All 31 divisions, ordered by code.</summary>
    public static IReadOnlyList<Province> All => AllProvinces;

    /// <summary>Finds a division by its two-digit GB/T 2260 code (e.g. 44).</summary>
    /// <returns>The division, or <see langword="null"/> when the code is not one of the 31.</returns>
    public static Province? FromCode(int code) => code is >= 0 and < 100 ? ByCode[code] : null;

    /// <summary>Finds a division by an ICP or police abbreviation character, aliases included (蜀 and 川 both give 四川).</summary>
    /// <returns>The division, or <see langword="null"/> for any other character.</returns>
    public static Province? FromAbbreviation(char abbreviation) => ByAbbreviation.TryGetValue(abbreviation, out var province) ? province : null;

    /// <summary>Whether <paramref name="abbreviation"/> names Hong Kong, Macau or Taiwan, which have no ICP filing.</summary>
    public static bool IsNoIcpRegionAbbreviation(char abbreviation) => abbreviation is '港' or '澳' or '台';

    /// <summary>Finds a division by any accepted form of its name; never throws.</summary>
    /// <param name="name">Chinese name with or without 省/市/自治区, abbreviation, code, English/pinyin name or MIIT host code; case-insensitive.</param>
    public static ProvinceLookupResult Lookup(string? name)
    {
        var key = NormaliseKey(name);
        if (key.Length == 0)
        {
            return ProvinceLookupResult.Failure(name, CoreText.Resources.Format("Province.Required", AcceptedFormsText));
        }

        if (NameIndex.ByName.TryGetValue(key, out var province) || NameIndex.ByName.TryGetValue(WithoutDivisionSuffix(key), out province))
        {
            return ProvinceLookupResult.Found(name, province);
        }

        foreach (var (regionName, forms) in NoIcpRegions)
        {
            if (forms.Contains(key, StringComparer.Ordinal) || forms.Contains(WithoutDivisionSuffix(key), StringComparer.Ordinal))
            {
                return ProvinceLookupResult.Failure(name, CoreText.Resources.Format("Province.NoIcpRegion", name, regionName));
            }
        }

        return ProvinceLookupResult.Failure(name, CoreText.Resources.Format("Province.Unknown", name, DidYouMean(key), AcceptedFormsText));
    }

    /// <summary>Finds a division by any accepted form of its name.</summary>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Province? province)
    {
        province = Lookup(name).Province;
        return province is not null;
    }

    /// <summary>Divisions by two-digit code (11 to 65), null elsewhere.</summary>
    private static Province?[] BuildCodeIndex()
    {
        var index = new Province?[100];
        foreach (var province in AllProvinces)
        {
            index[province.Code] = province;
        }

        return index;
    }

    private static Dictionary<char, Province> BuildAbbreviationIndex()
    {
        var index = new Dictionary<char, Province>();
        foreach (var province in AllProvinces)
        {
            foreach (var c in province.IcpAbbreviations + province.PoliceAbbreviations)
            {
                index[c] = province;
            }
        }

        return index;
    }

    private static Dictionary<string, Province> BuildNameIndex()
    {
        var index = new Dictionary<string, Province>(StringComparer.Ordinal);
        foreach (var province in AllProvinces)
        {
            string[] forms =
            [
                province.Name,
                province.FullName,
                province.EnglishName,
                province.MiitHostCode,
                province.CodeText,
                province.CodeText + "0000",
                .. province.IcpAbbreviations.Select(c => c.ToString()),
                .. province.PoliceAbbreviations.Select(c => c.ToString()),
                .. province.OtherNames,
            ];
            foreach (var form in forms)
            {
                index[NormaliseKey(form)] = province;
            }
        }

        return index;
    }

    /// <summary>NFKC, lower-case, without whitespace, hyphens or underscores.</summary>
    private static string NormaliseKey(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        string normalized;
        try
        {
            normalized = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Invalid UTF-16 (a lone surrogate) cannot be normalised; such text names no province, so keep it as it is.
            normalized = text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c) && c != '-' && c != '_')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Drops a trailing 省/市/自治区 or "province"; forgives names such as 广西省 or 重庆省 seen in the wild.</summary>
    private static string WithoutDivisionSuffix(string key)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["自治区", "省", "市", "province", "municipality", "autonomousregion", "sheng", "shi"])
        {
            if (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                return key[..^suffix.Length];
            }
        }

        return key;
    }

    private static LocalizedText DidYouMean(string key)
    {
        var candidates = AllProvinces
            .SelectMany(p => new[] { p.EnglishName, p.MiitHostCode, p.Name }.Concat(p.OtherNames).Select(form => (Province: p, Form: form)))
            .Select(c => (c.Province, Distance: EditDistance(key, NormaliseKey(c.Form))))
            .Where(c => c.Distance <= (key.Length >= 5 ? 2 : 1))
            .OrderBy(c => c.Distance)
            .Select(c => c.Province)
            .Distinct()
            .Take(3)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.EnglishName} ({p.Name}, {p.CodeText}, {p.MiitHostCode})"))
            .ToList();
        if (candidates.Count == 0)
        {
            return new LocalizedText(string.Empty, string.Empty);
        }

        var or = CoreText.Resources.Get("Province.Or");
        return CoreText.Resources.Format(
            "Province.DidYouMean",
            new LocalizedText(string.Join(or.Zh, candidates.Select(c => $"“{c}”")), string.Join(or.En, candidates)));
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// Every accepted form of every name, built (with Unicode normalisation) on the first name lookup only: parsing a
    /// filing number needs just the abbreviation index.
    /// </summary>
    private static class NameIndex
    {
        public static readonly Dictionary<string, Province> ByName = BuildNameIndex();
    }
}
