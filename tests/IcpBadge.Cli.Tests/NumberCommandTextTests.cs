namespace IcpBadge.Cli.Tests;

/// <summary><c>icp-badge number</c> with the default text output.</summary>
public sealed class NumberCommandTextTests
{
    [Fact]
    public async Task Number_IssueAcceptanceCase_ExplainsEachInputAndExits2()
    {
        var result = await CliRunner.RunAsync("number", "粤ICP备19015064号", "京ICP备12345678号-1", "粤公网安备 52990002000093号");

        Assert.Equal(2, result.ExitCode);
        var blocks = Blocks(result.Out);
        Assert.Equal(3, blocks.Length);

        var guangdong = blocks[0];
        Assert.StartsWith("✓ 粤ICP备19015064号  valid", guangdong, StringComparison.Ordinal);
        Assert.Equal("ICP main number (主体备案号)", CliRunner.Detail(guangdong, "kind"));
        Assert.StartsWith("广东 Guangdong (44)", CliRunner.Detail(guangdong, "province"), StringComparison.Ordinal);
        Assert.Equal("粤ICP备19015064号", CliRunner.Detail(guangdong, "canonical"));
        Assert.False(CliRunner.HasDetail(guangdong, "main"));
        Assert.Equal("https://beian.miit.gov.cn/", CliRunner.Detail(guangdong, "link"));

        var beijing = blocks[1];
        Assert.StartsWith("✓ 京ICP备12345678号-1  valid", beijing, StringComparison.Ordinal);
        Assert.Equal("ICP website number (网站备案号)", CliRunner.Detail(beijing, "kind"));
        Assert.StartsWith("北京 Beijing (11)", CliRunner.Detail(beijing, "province"), StringComparison.Ordinal);
        Assert.Equal("京ICP备12345678号-1", CliRunner.Detail(beijing, "canonical"));
        Assert.Equal("京ICP备12345678号", CliRunner.Detail(beijing, "main"));

        var police = blocks[2];
        Assert.StartsWith("✗ 粤公网安备 52990002000093号  invalid", police, StringComparison.Ordinal);
        var error = CliRunner.Detail(police, "error");
        Assert.Contains("prefix 粤", error, StringComparison.Ordinal);
        Assert.Contains("does not match division code 52 (贵州)", error, StringComparison.Ordinal);
        Assert.False(CliRunner.HasDetail(police, "kind"));

        Assert.Equal(["icp-badge: 1 of 3 input(s) invalid."], result.ErrorLines);
    }

    [Fact]
    public async Task Number_AllValid_Exits0WithEmptyStderr()
    {
        var result = await CliRunner.RunAsync("number", "京ICP备12345678号-1", "京公网安备11010502030143号", "粤B2-20190762");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, Blocks(result.Out).Length);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Number_OneInvalid_Exits2AndCountsInvalidInputs()
    {
        var result = await CliRunner.RunAsync("number", "豫ICP备20151109-1", "萌ICP备20230001号", "京ICP备12345678号-1");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["icp-badge: 2 of 3 input(s) invalid."], result.ErrorLines);
        var blocks = Blocks(result.Out);
        Assert.StartsWith("✗ 豫ICP备20151109-1  invalid", blocks[0], StringComparison.Ordinal);
        Assert.NotEmpty(CliRunner.Detail(blocks[0], "error"));
        Assert.StartsWith("✗ 萌ICP备20230001号  invalid", blocks[1], StringComparison.Ordinal);
        Assert.StartsWith("✓ 京ICP备12345678号-1  valid", blocks[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Number_PoliceNumber_ShowsPoliceRecordLink()
    {
        var result = await CliRunner.RunAsync("number", "京公网安备11010502030143号");

        var block = Assert.Single(Blocks(result.Out));
        Assert.Equal("police filing number (公安联网备案号)", CliRunner.Detail(block, "kind"));
        Assert.Equal("https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143", CliRunner.Detail(block, "link"));
        Assert.False(CliRunner.HasDetail(block, "main"));
    }

    [Fact]
    public async Task Number_Licence_SaysItHasNoLink()
    {
        var result = await CliRunner.RunAsync("number", "京ICP证030173号");

        var block = Assert.Single(Blocks(result.Out));
        Assert.Equal("ICP operating licence (ICP经营许可证)", CliRunner.Detail(block, "kind"));
        Assert.StartsWith("none", CliRunner.Detail(block, "link"), StringComparison.Ordinal);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Number_SpacedNumber_ReportsCanonicalFormAndNormalisation()
    {
        var result = await CliRunner.RunAsync("number", "浙 ICP 备 1200000号 -1");

        var block = Assert.Single(Blocks(result.Out));
        Assert.Equal("浙ICP备1200000号-1", CliRunner.Detail(block, "canonical"));
        Assert.Equal("浙ICP备1200000号", CliRunner.Detail(block, "main"));
        Assert.Equal("spaces removed", CliRunner.Detail(block, "normalised"));
    }

    [Fact]
    public async Task Number_AppNumber_SaysNeverAFooterNumber()
    {
        var result = await CliRunner.RunAsync("number", "京ICP备12345678号-2A");

        var block = Assert.Single(Blocks(result.Out));
        Assert.Equal("ICP APP number (APP备案号)", CliRunner.Detail(block, "kind"));
        Assert.Equal("never a website's footer number", CliRunner.Detail(block, "footer"));
    }

    [Fact]
    public async Task Number_RedirectedOutput_HasNoAnsiEscapes()
    {
        var result = await CliRunner.RunAsync("number", "京ICP备12345678号-1", "无效");

        Assert.DoesNotContain('\u001b', result.Out);
        Assert.DoesNotContain('\u001b', result.Error);
    }

    /// <summary>One block per input, separated by blank lines.</summary>
    private static string[] Blocks(string output) =>
        output.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
