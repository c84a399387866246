using CsCheck;
using IcpBadge.Provinces;

namespace IcpBadge.Tests.Provinces;

public sealed class ProvinceCatalogTests
{
    public static TheoryData<int> ProvinceCodes => ExpectedProvince.Codes();

    [Fact]
    public void All_Always_HasExactlyTheThirtyOneDivisionsOfTheSpecInCodeOrder()
    {
        var codes = ProvinceCatalog.All.Select(p => p.Code).ToList();

        Assert.Equal(31, codes.Count);
        Assert.Equal(ExpectedProvince.All.Select(p => p.Code), codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void All_Always_HasUniqueNamesHostCodesAndAbbreviations()
    {
        var all = ProvinceCatalog.All;
        var characters = all.SelectMany(p => (p.IcpAbbreviations + p.PoliceAbbreviations).Distinct().Select(c => (Character: c, p.Code))).ToList();

        Assert.Equal(31, all.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(31, all.Select(p => p.MiitHostCode).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(31, all.Select(p => p.EnglishName).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(characters.Count, characters.Select(c => c.Character).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(ProvinceCodes))]
    public void Province_EveryDivision_HasTheSpecifiedNamesAbbreviationsAndHost(int code)
    {
        var expected = ExpectedProvince.ByCode(code);

        var province = ProvinceCatalog.FromCode(code);

        Assert.NotNull(province);
        Assert.Equal(expected.Code, province.Code);
        Assert.Equal(expected.CodeText, province.CodeText);
        Assert.Equal(expected.Name, province.Name);
        Assert.Equal(expected.FullName, province.FullName);
        Assert.Equal(expected.Kind, province.Kind);
        Assert.Equal(expected.EnglishName, province.EnglishName);
        Assert.Equal(expected.IcpAbbreviations, province.IcpAbbreviations);
        Assert.Equal(expected.PoliceAbbreviations, province.PoliceAbbreviations);
        Assert.Equal(expected.IcpAbbreviation, province.IcpAbbreviation);
        Assert.Equal(expected.PoliceAbbreviation, province.PoliceAbbreviation);
        Assert.Equal(expected.MiitHostCode, province.MiitHostCode);
        Assert.Equal(expected.MiitHostCode + ".beian.miit.gov.cn", province.MiitProvincialHost);
        Assert.Equal($"{expected.Name} ({expected.CodeText})", province.ToString());
    }

    [Theory]
    [MemberData(nameof(ProvinceCodes))]
    public void Lookup_EveryAcceptedForm_FindsTheDivision(int code)
    {
        var expected = ExpectedProvince.ByCode(code);
        List<string> forms =
        [
            expected.Name,
            expected.NameWithSuffix,
            expected.FullName,
            expected.CodeText,
            expected.EnglishName,
            expected.EnglishName.ToUpperInvariant(),
            expected.EnglishName.ToLowerInvariant(),
            expected.MiitHostCode,
            expected.MiitHostCode.ToUpperInvariant(),
            $"  {expected.Name} ",
            .. expected.IcpAbbreviations.Select(c => c.ToString()),
            .. expected.PoliceAbbreviations.Select(c => c.ToString()),
        ];

        foreach (var form in forms)
        {
            var result = ProvinceCatalog.Lookup(form);

            Assert.True(result.Success, $"'{form}' should name {expected.EnglishName}: {result.Error}");
            Assert.Equal(code, result.Province.Code);
            Assert.Null(result.Error);
            Assert.Equal(form, result.Input);
            Assert.True(ProvinceCatalog.TryFind(form, out var found));
            Assert.Same(result.Province, found);
        }
    }

    [Theory]
    [MemberData(nameof(ProvinceCodes))]
    public void FromAbbreviation_EveryIcpAndPoliceCharacter_FindsTheDivision(int code)
    {
        var expected = ExpectedProvince.ByCode(code);

        foreach (var c in expected.IcpAbbreviations + expected.PoliceAbbreviations)
        {
            Assert.Equal(code, ProvinceCatalog.FromAbbreviation(c)?.Code);
        }
    }

    [Theory]
    [InlineData("蜀", 51)]
    [InlineData("川", 51)]
    [InlineData("黔", 52)]
    [InlineData("贵", 52)]
    [InlineData("滇", 53)]
    [InlineData("云", 53)]
    [InlineData("陕", 61)]
    [InlineData("秦", 61)]
    [InlineData("陇", 62)]
    [InlineData("甘", 62)]
    public void Lookup_AbbreviationOrAlias_FindsTheDivision(string abbreviation, int code)
    {
        var result = ProvinceCatalog.Lookup(abbreviation);

        Assert.True(result.Success, result.Error);
        Assert.Equal(code, result.Province.Code);
    }

    [Theory]
    [InlineData(51, '蜀', '川')]
    [InlineData(52, '黔', '贵')]
    [InlineData(53, '滇', '滇')]
    [InlineData(61, '陕', '陕')]
    [InlineData(62, '陇', '甘')]
    [InlineData(44, '粤', '粤')]
    public void Abbreviations_ProvincesWithTwoCharacters_IssueDifferentCanonicalCharactersPerRegistry(int code, char icp, char police)
    {
        var province = ProvinceCatalog.FromCode(code);

        Assert.NotNull(province);
        Assert.Equal(icp, province.IcpAbbreviation);
        Assert.Equal(police, province.PoliceAbbreviation);
    }

    [Theory]
    [InlineData("sx", 14, "山西")]
    [InlineData("SX", 14, "山西")]
    [InlineData("Shanxi", 14, "山西")]
    [InlineData("sn", 61, "陕西")]
    [InlineData("Shaanxi", 61, "陕西")]
    [InlineData("gz", 52, "贵州")]
    [InlineData("GZ", 52, "贵州")]
    [InlineData("gd", 44, "广东")]
    [InlineData("hi", 46, "海南")]
    [InlineData("he", 13, "河北")]
    [InlineData("ha", 41, "河南")]
    public void Lookup_LookalikeHostCodes_FindTheRightDivision(string name, int code, string chineseName)
    {
        var result = ProvinceCatalog.Lookup(name);

        Assert.True(result.Success, result.Error);
        Assert.Equal(code, result.Province.Code);
        Assert.Equal(chineseName, result.Province.Name);
    }

    [Theory]
    [InlineData("广西省", 45)]
    [InlineData("重庆省", 50)]
    [InlineData("内蒙古省", 15)]
    [InlineData("广西自治区", 45)]
    [InlineData("宁夏自治区", 64)]
    [InlineData("新疆自治区", 65)]
    [InlineData("广东 省", 44)]
    [InlineData("Guangdong Province", 44)]
    [InlineData("inner mongolia", 15)]
    [InlineData("INNERMONGOLIA", 15)]
    [InlineData("４４", 44)]
    [InlineData("ＧＤ", 44)]
    public void Lookup_LenientForms_FindTheDivision(string name, int code)
    {
        var result = ProvinceCatalog.Lookup(name);

        Assert.True(result.Success, result.Error);
        Assert.Equal(code, result.Province.Code);
    }

    [Theory]
    [InlineData("香港")]
    [InlineData("香港特别行政区")]
    [InlineData("HK")]
    [InlineData("hk")]
    [InlineData("Hong Kong")]
    [InlineData("澳门")]
    [InlineData("Macao")]
    [InlineData("Macau")]
    [InlineData("MACAU")]
    [InlineData("台湾")]
    [InlineData("台湾省")]
    [InlineData("Taiwan")]
    [InlineData("TW")]
    [InlineData("81")]
    public void Lookup_HongKongMacauTaiwan_FailsSayingThereIsNoIcpFiling(string name)
    {
        var result = ProvinceCatalog.Lookup(name);

        Assert.False(result.Success);
        Assert.Null(result.Province);
        Assert.Matches("no (MIIT )?ICP filing", result.Error);
        Assert.Contains(name, result.Error, StringComparison.Ordinal);
        Assert.False(ProvinceCatalog.TryFind(name, out var province));
        Assert.Null(province);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("火星")]
    [InlineData("99")]
    [InlineData("zz")]
    [InlineData("广州")]
    public void Lookup_UnknownName_FailsListingTheAcceptedForms(string name)
    {
        var result = ProvinceCatalog.Lookup(name);

        Assert.False(result.Success);
        Assert.Null(result.Province);
        Assert.Equal(name, result.Input);
        AssertListsAcceptedForms(result.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Lookup_NothingGiven_FailsListingTheAcceptedForms(string? name)
    {
        var result = ProvinceCatalog.Lookup(name);

        Assert.False(result.Success);
        AssertListsAcceptedForms(result.Error);
    }

    [Theory]
    [InlineData("shenxi")]
    [InlineData("shanxxi")]
    public void Lookup_NearMissOfShanxi_SuggestsShanxiAndShaanxi(string name)
    {
        var result = ProvinceCatalog.Lookup(name);

        Assert.False(result.Success);
        Assert.Contains("Shanxi", result.Error, StringComparison.Ordinal);
        Assert.Contains("Shaanxi", result.Error, StringComparison.Ordinal);
        AssertListsAcceptedForms(result.Error);
    }

    [Theory]
    [InlineData("Guangdon", "Guangdong")]
    [InlineData("Sichaun", "Sichuan")]
    public void Lookup_Typo_SuggestsTheNearestDivision(string name, string suggestion)
    {
        var result = ProvinceCatalog.Lookup(name);

        Assert.False(result.Success);
        Assert.Contains(suggestion, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_InvalidUnicode_FailsWithoutThrowing()
    {
        // Built in code: lone surrogates don't survive being passed through theory data.
        foreach (var name in (string[])["\uD800", "广\uDC00东", "gd\uD83D", "\uFFFF\uFFFE", new string('\uDBFF', 3)])
        {
            var result = ProvinceCatalog.Lookup(name);

            Assert.False(result.Success);
            Assert.NotNull(result.Error);
            Assert.False(ProvinceCatalog.TryFind(name, out _));
        }
    }

    [Fact]
    public void Lookup_RandomText_NeverThrowsAndFailsWithAMessage()
    {
        var names = Gen.OneOf(
            Gen.Char['\0', '\uFFFF'].Array[0, 12].Select(chars => new string(chars)),
            Gen.Char["广东省市自治区香港澳门台湾蜀川黔贵gdsxnzhkGDSXN0123456789 -_\uD800\uDC00"].Array[0, 8].Select(chars => new string(chars)));

        names.Sample(
            name =>
            {
                var result = ProvinceCatalog.Lookup(name);

                Assert.Equal(result.Success, result.Error is null);
                Assert.Equal(result.Success, ProvinceCatalog.TryFind(name, out _));
            },
            iter: 2000);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(71)]
    [InlineData(81)]
    [InlineData(82)]
    [InlineData(-44)]
    [InlineData(4400)]
    public void FromCode_NotAMainlandDivision_ReturnsNull(int code)
    {
        Assert.Null(ProvinceCatalog.FromCode(code));
    }

    [Theory]
    [InlineData('萌')]
    [InlineData('港')]
    [InlineData('澳')]
    [InlineData('台')]
    [InlineData('A')]
    [InlineData('中')]
    public void FromAbbreviation_OtherCharacter_ReturnsNull(char c)
    {
        Assert.Null(ProvinceCatalog.FromAbbreviation(c));
    }

    [Theory]
    [InlineData('港', true)]
    [InlineData('澳', true)]
    [InlineData('台', true)]
    [InlineData('粤', false)]
    [InlineData('萌', false)]
    public void IsNoIcpRegionAbbreviation_Character_TellsHongKongMacauAndTaiwanApart(char c, bool expected)
    {
        Assert.Equal(expected, ProvinceCatalog.IsNoIcpRegionAbbreviation(c));
    }

    private static void AssertListsAcceptedForms(string? error)
    {
        Assert.NotNull(error);
        foreach (var form in (string[])["广东", "广东省", "粤", "44", "Guangdong", "gd"])
        {
            Assert.Contains(form, error, StringComparison.Ordinal);
        }
    }
}
