using System.Text;
using IcpBadge.Audits.Spreadsheets;
using IcpBadge.Configuration;

namespace IcpBadge.Audits.Tests.Spreadsheets;

/// <summary>
/// Spreadsheet inventories give the same sites as the equivalent JSON inventory: workbooks and CSV files as Excel keeps
/// them (date cells in several formats, shared strings, GBK), every encoding, the <c>host=number</c> domains, and
/// problems that name the cell.
/// </summary>
public sealed class SpreadsheetInventoryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-sheets-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("sites.xlsx", "sites.json")]
    [InlineData("sites-gbk.csv", "sites.json")]
    [InlineData("excel-shared-strings.xlsx", "excel-shared-strings.json")]
    public void ASpreadsheetAsExcelKeepsIt_GivesTheSameSites_AsTheEquivalentJsonInventory(string spreadsheet, string json)
    {
        var expected = SiteInventory.ReadFile(SpreadsheetFixture.Path(json)).Select(SpreadsheetFixture.Describe).ToList();
        var read = SpreadsheetInventory.ReadFile(SpreadsheetFixture.Path(spreadsheet)).Select(SpreadsheetFixture.Describe).ToList();

        Assert.DoesNotContain(expected, e => e.StartsWith("problems", StringComparison.Ordinal));
        Assert.Equal(expected, read);
    }

    [Fact]
    public void TheHostNumberForm_GivesTheDomainItsOwnNumber()
    {
        var site = Assert.Single(SpreadsheetInventory.ReadFile(SpreadsheetFixture.Path("sites.xlsx")), s => s.Profile?.Name == "示例网站");

        Assert.Equal(
            ["example.cn 京ICP备12345678号-1", "shop.example.cn 京ICP备12345678号-2"],
            site.Profile!.Domains.Select(d => $"{d.Host} {d.IcpNumber}"));
        Assert.Equal(["示例科技", "示例"], site.Profile.CopyrightAliases);
    }

    [Fact]
    public void Sheet_ChoosesAWorksheetByName_AndAnUnknownNameListsTheSheets()
    {
        var site = Assert.Single(SpreadsheetInventory.ReadFile(SpreadsheetFixture.Path("sites.xlsx"), sheet: "第二张"));
        Assert.Equal("丙站", site.Profile!.Name);
        Assert.Equal(new NodaTime.LocalDate(2026, 10, 8), site.Profile.LaunchedOn);

        var error = Assert.Throws<InventoryFormatException>(() => SpreadsheetInventory.ReadFile(SpreadsheetFixture.Path("sites.xlsx"), sheet: "没有").ToList());
        Assert.Contains("no sheet named 没有; its sheets are: Sheet1, 第二张.", error.Message, StringComparison.Ordinal);
        Assert.Contains("没有名为 没有 的工作表；现有工作表：Sheet1, 第二张。", error.Text.Zh, StringComparison.Ordinal);
        Assert.Throws<InventoryFormatException>(() => SpreadsheetInventory.ReadFile(SpreadsheetFixture.Path("sites-gbk.csv"), sheet: "Sheet1").ToList());
    }

    /// <summary>The same CSV, saved in each encoding a spreadsheet program offers: the sites are the same.</summary>
    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-8")]
    [InlineData("gb18030")]
    [InlineData("gbk")]
    public void Csv_InEveryEncoding_GivesTheSameSites(string encoding)
    {
        // 𠮷 exists in GB18030 (four bytes) but not in GBK, so the GBK file names the site without it.
        var name = encoding == "gbk" ? "吉祥网站" : "𠮷祥网站";
        var csv = $"Site.Name,Icp.Number,Site.LaunchedOn\r\n{name},京ICP备12345678号-1,2026-11-01\r\n";
        var codePages = CodePagesEncodingProvider.Instance;
        byte[] bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)],
            "utf-8" => Encoding.UTF8.GetBytes(csv),
            "gb18030" => codePages.GetEncoding(54936)!.GetBytes(csv),
            _ => codePages.GetEncoding(936)!.GetBytes(csv),
        };
        Assert.Equal(encoding.StartsWith("utf", StringComparison.Ordinal), System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(encoding == "utf-8-bom" ? 3 : 0)));

        var site = Assert.Single(SpreadsheetInventory.Read(new MemoryStream(bytes), SpreadsheetFormat.Csv));

        Assert.Equal(name, site.Profile?.Name);
        Assert.Equal(new NodaTime.LocalDate(2026, 11, 1), site.Profile!.LaunchedOn);
    }

    [Fact]
    public void Csv_FollowsRfc4180_QuotedCommasQuotesAndLineBreaks_AndNamesLinesAsTheyAre()
    {
        var csv = "Site.Name,Copyright.Holder,Icp.Number\n"
            + "\"甲站, 总站\",\"示例\"\"科技\"\"\r\n有限公司\",京ICP备12345678号-1\n"
            + "乙站,,京ICP备1234号-1\n";

        var sites = SpreadsheetInventory.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), SpreadsheetFormat.Csv, sourceName: "sites.csv").ToList();

        Assert.Equal("甲站, 总站", sites[0].Profile?.Name);
        Assert.Equal("示例\"科技\"\r\n有限公司", sites[0].Profile!.CopyrightHolder);
        var problem = Assert.Single(sites[1].Problems);
        Assert.Equal("sites.csv:4:Icp.Number", problem.Path);
        Assert.Equal("京ICP备1234号-1", problem.Value);
    }

    [Fact]
    public void Csv_AnUnclosedQuote_NamesTheLineItStartsOn()
    {
        var csv = "Site.Name,Icp.Number\n甲站,京ICP备12345678号-1\n\"乙站,京ICP备12345678号-1\n";

        var error = Assert.Throws<InventoryFormatException>(() =>
            SpreadsheetInventory.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), SpreadsheetFormat.Csv, sourceName: "sites.csv").ToList());

        Assert.Equal(3, error.Line);
        Assert.Contains("starts on line 3 is never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadCells_AreNamedByTheirCell_InAWorkbook_AndByLineAndField_InACsv()
    {
        var workbook = Path.Combine(_folder, "sites.xlsx");
        SpreadsheetFixture.WriteWorkbook(workbook, "Sheet1",
            ["Site.Name", "Site.Domains", "Icp.Number", "Site.LaunchedOn", "Copyright.Since"],
            ["好站", "a.example.cn", "京ICP备12345678号-1", new DateOnly(2026, 11, 1), 2019d],
            ["坏站", "http://bad.example.cn/;b.example.cn=京ICP备99999999号-2", "京ICP备1234号-1", "2026-13-01"],
            ["无号站", null, null, null, "MMXIX"]);
        var csv = Path.Combine(_folder, "sites.csv");
        File.WriteAllText(csv, "Site.Name,Site.LaunchedOn\r\n无号站,2026-11-01\r\n");

        var fromWorkbook = SpreadsheetInventory.ReadFile(workbook).ToList();
        var fromCsv = Assert.Single(SpreadsheetInventory.ReadFile(csv));

        Assert.True(fromWorkbook[0].Success, SpreadsheetFixture.Describe(fromWorkbook[0]));
        Assert.Equal(
            [$"{workbook}!Sheet1!B3 = 'http://bad.example.cn/'", $"{workbook}!Sheet1!C3 = '京ICP备1234号-1'", $"{workbook}!Sheet1!D3 = '2026-13-01'"],
            fromWorkbook[1].Problems.Select(p => $"{p.Path} = '{p.Value}'").Order(StringComparer.Ordinal));
        var year = Assert.Single(fromWorkbook[2].Problems);
        Assert.Equal($"{workbook}!Sheet1!E4 = 'MMXIX': must be a year such as 2019.", year.ToString());
        var missing = Assert.Single(fromCsv.Problems);
        Assert.Equal($"{csv}:2:Icp.Number", missing.Path);
    }

    [Theory]
    [InlineData("Changes", "Changes")]
    [InlineData("changes.0.Filing", "Changes")]
    public void AChangesColumn_IsRefused_SayingChangesAreJsonOnly(string column, string field)
    {
        var csv = $"Site.Name,Icp.Number,{column}\r\n甲站,京ICP备12345678号-1,x\r\n";

        var error = Assert.Throws<InventoryFormatException>(() =>
            SpreadsheetInventory.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), SpreadsheetFormat.Csv, sourceName: "sites.csv").ToList());

        Assert.Contains($"sites.csv:1:{column}: the column {field} cannot be read from a spreadsheet: {field} is written only in a JSON inventory", error.Message, StringComparison.Ordinal);
        Assert.Contains("只能写在 JSON 清单中", error.Text.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownAndRepeatedColumns_AreRefused_NamingTheHeaderCell()
    {
        var workbook = Path.Combine(_folder, "sites.xlsx");
        SpreadsheetFixture.WriteWorkbook(workbook, "网站", ["Site.Name", "Icp.Numbr"]);
        var repeated = "site.name,Icp.Number,Site:Name\r\n";

        var unknown = Assert.Throws<InventoryFormatException>(() => SpreadsheetInventory.ReadFile(workbook).ToList());
        var twice = Assert.Throws<InventoryFormatException>(() =>
            SpreadsheetInventory.Read(new MemoryStream(Encoding.UTF8.GetBytes(repeated)), SpreadsheetFormat.Csv, sourceName: "s.csv").ToList());

        Assert.Contains($"{workbook}!网站!B1: Icp.Numbr is not a column of an inventory", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("s.csv:1:Site:Name: the column Site.Name appears twice.", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_AreEveryOptionButChanges_AndTheTemplatesHaveThemAll()
    {
        Assert.Contains("Site.Domains", SpreadsheetInventory.Columns);
        Assert.Contains("Copyright.Aliases", SpreadsheetInventory.Columns);
        Assert.Contains("Police.ShanghaiSubmittedOn", SpreadsheetInventory.Columns);
        Assert.Contains("HolidaysFile", SpreadsheetInventory.Columns);
        Assert.DoesNotContain(SpreadsheetInventory.Columns, c => c.StartsWith("Changes", StringComparison.Ordinal));

        using var csv = new MemoryStream();
        SpreadsheetInventory.WriteTemplate(csv, SpreadsheetFormat.Csv);
        Assert.Equal("\uFEFF" + string.Join(',', SpreadsheetInventory.Columns) + "\r\n", Encoding.UTF8.GetString(csv.ToArray()));
        Assert.Empty(SpreadsheetInventory.Read(new MemoryStream(csv.ToArray()), SpreadsheetFormat.Csv));

        using var xlsx = new MemoryStream();
        SpreadsheetInventory.WriteTemplate(xlsx, SpreadsheetFormat.Xlsx);
        xlsx.Position = 0;
        Assert.Empty(SpreadsheetInventory.Read(xlsx, SpreadsheetFormat.Xlsx));
    }

    [Fact]
    public void AnEmptySheet_OrNoWorkbook_IsRefusedWithOneSentence()
    {
        var empty = Assert.Throws<InventoryFormatException>(() => SpreadsheetInventory.Read(new MemoryStream(), SpreadsheetFormat.Csv).ToList());
        var notXlsx = Assert.Throws<InventoryFormatException>(() =>
            SpreadsheetInventory.Read(new MemoryStream("Site.Name\n"u8.ToArray()), SpreadsheetFormat.Xlsx, sourceName: "sites.xlsx").ToList());

        Assert.Contains("the spreadsheet is empty", empty.Message, StringComparison.Ordinal);
        Assert.Contains("sites.xlsx: not a valid inventory: not an Excel workbook (.xlsx)", notXlsx.Message, StringComparison.Ordinal);
    }
}
