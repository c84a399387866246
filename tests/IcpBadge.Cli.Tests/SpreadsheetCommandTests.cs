using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// Spreadsheets on the command line: <c>init --inventory FILE.csv|FILE.xlsx</c> templates filled in and read back by
/// <c>deadlines --inventory</c> as the equivalent JSON inventory is, <c>--sheet</c>, and <c>deadlines --format xlsx</c>.
/// </summary>
public sealed class SpreadsheetCommandTests : IDisposable
{
    private const string Today = "2026-11-24";

    /// <summary>One site, by column, as a person fills in the template; <see cref="Json"/> is the same site in JSON.</summary>
    private static readonly Dictionary<string, string> Row = new()
    {
        ["Site.Name"] = "示例网站",
        ["Site.Domains"] = "example.cn;shop.example.cn=京ICP备12345678号-2",
        ["Site.LaunchedOn"] = "2026-11-01",
        ["Icp.Number"] = "京ICP备12345678号-1",
        ["Icp.DisplayedOn"] = "2026-11-01",
        ["Police.Number"] = "京公网安备11010502030143号",
        ["Police.SubmittedOn"] = "2026-11-10",
        ["Police.ApprovedOn"] = "2026-11-20",
        ["Copyright.Aliases"] = "示例科技;示例",
        ["Copyright.Since"] = "2019",
    };

    private const string Json = """
        { "Sites": [ { "Site": { "Name": "示例网站", "Domains": [ "example.cn", { "Host": "shop.example.cn", "IcpNumber": "京ICP备12345678号-2" } ], "LaunchedOn": "2026-11-01" },
                       "Icp": { "Number": "京ICP备12345678号-1", "DisplayedOn": "2026-11-01" },
                       "Police": { "Number": "京公网安备11010502030143号", "SubmittedOn": "2026-11-10", "ApprovedOn": "2026-11-20" },
                       "Copyright": { "Aliases": [ "示例科技", "示例" ], "Since": 2019 } } ] }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-sheets-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task InitInventoryCsv_FilledInWithOneRow_ReadsBackAsTheJsonInventory()
    {
        var template = Path.Combine(_folder, "sites.csv");

        var init = await CliRunner.RunAsync("init", "--inventory", template, "--lang", "en");

        Assert.Equal(0, init.ExitCode);
        Assert.StartsWith($"Wrote {template}: an empty inventory with every column.", init.Out, StringComparison.Ordinal);
        var header = File.ReadAllText(template, Encoding.UTF8).TrimEnd();
        var columns = header.Split(',');
        Assert.Contains("Police.ShanghaiSubmittedOn", columns);
        File.AppendAllText(template, string.Join(',', columns.Select(c => Row.GetValueOrDefault(c, string.Empty))) + "\r\n", new UTF8Encoding(false));

        await AssertSameDeadlinesAsJson(template);
    }

    [Fact]
    public async Task InitInventoryXlsx_FilledInWithDateCells_ReadsBackAsTheJsonInventory()
    {
        var template = Path.Combine(_folder, "sites.xlsx");

        var init = await CliRunner.RunAsync("init", "--inventory", template, "--lang", "zh");

        Assert.Equal(0, init.ExitCode);
        Assert.StartsWith($"已写入 {template}：包含所有列的空白清单。", init.Out, StringComparison.Ordinal);
        FillFirstDataRow(template, Row);

        await AssertSameDeadlinesAsJson(template);
    }

    [Fact]
    public async Task Sheet_NamesTheWorksheet_AndAMissingOneIsBadInput()
    {
        var template = Path.Combine(_folder, "sites.xlsx");
        Assert.Equal(0, (await CliRunner.RunAsync("init", "--inventory", template)).ExitCode);
        FillFirstDataRow(template, Row);

        var chosen = await CliRunner.RunAsync("deadlines", "--inventory", template, "--sheet", "Sites", "--today", Today, "--format", "json");
        var missing = await CliRunner.RunAsync("deadlines", "--inventory", template, "--sheet", "网站", "--today", Today, "--lang", "zh");

        Assert.Equal(0, chosen.ExitCode);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("工作簿中没有名为 网站 的工作表；现有工作表：Sites。", missing.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitInventory_RefusesOtherExtensions_AndKeepsAnExistingFileWithoutForce()
    {
        var json = Path.Combine(_folder, "sites.json");
        var csv = Path.Combine(_folder, "sites.csv");
        File.WriteAllText(csv, "mine\r\n");

        var wrongExtension = await CliRunner.RunAsync("init", "--inventory", json, "--lang", "en");
        var exists = await CliRunner.RunAsync("init", "--inventory", csv, "--lang", "en");
        var forced = await CliRunner.RunAsync("init", "--inventory", csv, "--force", "--lang", "en");

        Assert.Equal(2, wrongExtension.ExitCode);
        Assert.Equal($"icp-badge: {json} is not a spreadsheet file name: it must end in .csv or .xlsx.", Assert.Single(wrongExtension.Problems));
        Assert.False(File.Exists(json));
        Assert.Equal(2, exists.ExitCode);
        Assert.Equal($"icp-badge: --inventory: {csv} already exists; use --force to overwrite it.", Assert.Single(exists.Problems));
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal([0xEF, 0xBB, 0xBF, (byte)'S'], File.ReadAllBytes(csv)[..4]);
    }

    [Fact]
    public async Task BadCells_AreNamedOnTheCommandLine()
    {
        var csv = Path.Combine(_folder, "sites.csv");
        File.WriteAllText(csv, "Site.Name,Icp.Number,Changes\r\n");
        var broken = Path.Combine(_folder, "broken.csv");
        File.WriteAllText(broken, "Site.Name,Icp.Number,Site.LaunchedOn\r\n甲站,京ICP备12345678号-1,2026-13-01\r\n");

        var changes = await CliRunner.RunAsync("deadlines", "--inventory", csv, "--lang", "en");
        var badDate = await CliRunner.RunAsync("deadlines", "--inventory", broken, "--lang", "en");

        Assert.Equal(2, changes.ExitCode);
        Assert.Contains($"{csv}:1:Changes: the column Changes cannot be read from a spreadsheet", changes.Problems[0], StringComparison.Ordinal);
        Assert.Equal(2, badDate.ExitCode);
        Assert.StartsWith($"icp-badge: {broken}:2:Site.LaunchedOn = '2026-13-01': ", badDate.Problems[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task DeadlinesXlsx_IsTheCsvTable_WithDatesAsDateCellsAndDayCountsAsNumbers(string language)
    {
        var inventory = Path.Combine(_folder, "sites.json");
        File.WriteAllText(inventory, Json);
        var workbook = Path.Combine(_folder, "out", "deadlines.xlsx");

        var csv = await CliRunner.RunAsync("deadlines", "--inventory", inventory, "--today", Today, "--format", "csv", "--lang", language);
        var xlsx = await CliRunner.RunAsync("deadlines", "--inventory", inventory, "--today", Today, "--format", "xlsx", "--output", workbook, "--lang", language);

        Assert.Equal(csv.ExitCode, xlsx.ExitCode);
        Assert.Empty(xlsx.Out);
        var expected = ParseCsv(csv.Out);
        var cells = ReadWorkbook(workbook, out var dateCells, out var numberCells, out var boldHeader);
        Assert.Equal(expected, cells);
        Assert.True(boldHeader);
        Assert.Contains("F2", dateCells);
        Assert.NotEmpty(numberCells);
        Assert.All(numberCells, reference => Assert.True(reference[0] is 'H' or 'I', reference));
        Assert.Contains(language == "zh" ? "依据" : "source", cells[0]);
    }

    [Fact]
    public async Task DeadlinesOutput_GoesWithXlsxOnly()
    {
        var inventory = Path.Combine(_folder, "sites.json");
        File.WriteAllText(inventory, Json);

        var xlsxToStdout = await CliRunner.RunAsync("deadlines", "--inventory", inventory, "--format", "xlsx", "--lang", "en");
        var jsonToFile = await CliRunner.RunAsync("deadlines", "--inventory", inventory, "--output", Path.Combine(_folder, "x.json"), "--lang", "en");

        Assert.Equal(2, xlsxToStdout.ExitCode);
        Assert.Equal(2, jsonToFile.ExitCode);
        Assert.Equal("icp-badge: --format xlsx writes a workbook and needs --output FILE; the other formats go to standard output, without --output.", Assert.Single(xlsxToStdout.Problems));
        Assert.False(File.Exists(Path.Combine(_folder, "x.json")));
    }

    private async Task AssertSameDeadlinesAsJson(string spreadsheet)
    {
        var json = Path.Combine(_folder, "same.json");
        File.WriteAllText(json, Json);

        var fromSheet = await CliRunner.RunAsync("deadlines", "--inventory", spreadsheet, "--today", Today, "--format", "json");
        var fromJson = await CliRunner.RunAsync("deadlines", "--inventory", json, "--today", Today, "--format", "json");

        Assert.Equal(fromJson.Error, fromSheet.Error);
        Assert.Equal(fromJson.ExitCode, fromSheet.ExitCode);
        Assert.Contains("示例网站", fromSheet.Out, StringComparison.Ordinal);
        Assert.Equal(fromJson.Out, fromSheet.Out);
    }

    /// <summary>Types a row into the template as a person does in Excel: texts as shared strings, dates into date-formatted columns as date serials.</summary>
    private static void FillFirstDataRow(string path, Dictionary<string, string> values)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.WorksheetParts.Single();
        var header = sheet.Worksheet.Descendants<Row>().First().Elements<Cell>().Select(c => c.InlineString!.InnerText).ToList();
        var styles = sheet.Worksheet.Descendants<Column>().ToDictionary(c => (int)c.Min!.Value - 1, c => c.Style?.Value ?? 0);
        var strings = workbook.SharedStringTablePart ?? workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable ??= new SharedStringTable();
        var row = new Row { RowIndex = 2 };
        for (var i = 0; i < header.Count; i++)
        {
            if (!values.TryGetValue(header[i], out var value))
            {
                continue;
            }

            var reference = ColumnName(i) + "2";
            if (header[i].EndsWith("On", StringComparison.Ordinal))
            {
                var serial = DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - new DateOnly(1899, 12, 30).DayNumber;
                row.Append(new Cell(new CellValue(serial)) { CellReference = reference, StyleIndex = styles[i] });
                continue;
            }

            strings.SharedStringTable.Append(new SharedStringItem(new Text(value)));
            row.Append(new Cell(new CellValue(strings.SharedStringTable.Count() - 1)) { CellReference = reference, DataType = CellValues.SharedString });
        }

        sheet.Worksheet.GetFirstChild<SheetData>()!.Append(row);
    }

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : "A" + (char)('A' + index - 26);

    /// <summary>The cells of the first sheet as text (date cells as ISO dates), with which cells are dates or numbers.</summary>
    private static List<string[]> ReadWorkbook(string path, out List<string> dateCells, out List<string> numberCells, out bool boldHeader)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ToList();
        var custom = workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value);
        var sheet = workbook.WorksheetParts.Single();
        dateCells = [];
        numberCells = [];
        boldHeader = true;
        var rows = new List<string[]>();
        foreach (var row in sheet.Worksheet.Descendants<Row>())
        {
            var texts = new string[12];
            Array.Fill(texts, string.Empty);
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference!.Value![0] - 'A';
                var format = formats[(int)(cell.StyleIndex?.Value ?? 0)];
                if (row.RowIndex!.Value == 1)
                {
                    boldHeader &= fonts[(int)format.FontId!.Value].Bold is not null;
                }

                if (cell.DataType?.Value == CellValues.InlineString)
                {
                    texts[column] = cell.InlineString!.InnerText;
                }
                else if (custom.GetValueOrDefault(format.NumberFormatId?.Value ?? 0) == "yyyy-mm-dd")
                {
                    dateCells.Add(cell.CellReference.Value);
                    texts[column] = new DateOnly(1899, 12, 30).AddDays(int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }
                else
                {
                    numberCells.Add(cell.CellReference.Value);
                    texts[column] = cell.CellValue!.Text;
                }
            }

            rows.Add(texts);
        }

        return rows;
    }

    /// <summary>RFC 4180 records, enough for the report's own CSV.</summary>
    private static List<string[]> ParseCsv(string csv)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
