using System.Text;
using IcpBadge.Html;

namespace IcpBadge.Tests.Html;

public sealed class HtmlCharsetTests
{
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    [Theory]
    [InlineData("utf-8", 65001)]
    [InlineData(" \"GBK\" ", 936)]
    [InlineData("'gb2312'", 936)]
    [InlineData("x-gbk", 936)]
    [InlineData("GB18030", 54936)]
    [InlineData("big5", 950)]
    public void Labels_name_the_encodings_chinese_sites_use(string label, int codePage) =>
        Assert.Equal(codePage, HtmlCharset.FromLabel(label)!.CodePage);

    [Theory]
    [InlineData("shift_jis")]
    [InlineData("")]
    public void Other_labels_are_unknown(string label) => Assert.Null(HtmlCharset.FromLabel(label));

    [Fact]
    public void The_header_charset_wins_over_the_meta_charset()
    {
        var page = Gbk.GetBytes("<meta charset=\"utf-8\"><p>京ICP备12345678号</p>");
        var detection = HtmlCharset.Detect(page, "gbk");
        Assert.Equal((936, HtmlCharsetSource.Header), (detection.Encoding!.CodePage, detection.Source));
        Assert.Equal("<meta charset=\"utf-8\"><p>京ICP备12345678号</p>", HtmlCharset.Decode(page, "gbk"));
    }

    [Fact]
    public void A_meta_charset_in_the_first_bytes_is_used()
    {
        var page = Gbk.GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>京公网安备11010502030143号</body></html>");
        var detection = HtmlCharset.Detect(page);
        Assert.Equal((936, HtmlCharsetSource.Meta, "gb2312"), (detection.Encoding!.CodePage, detection.Source, detection.Label));
        Assert.Contains("京公网安备11010502030143号", HtmlCharset.Decode(page), StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_detected_and_not_decoded()
    {
        var page = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<p>京</p>")).ToArray();
        Assert.Equal((HtmlCharsetSource.ByteOrderMark, 3), (HtmlCharset.Detect(page).Source, HtmlCharset.Detect(page).ByteOrderMarkLength));
        Assert.Equal("<p>京</p>", HtmlCharset.Decode(page));
    }

    [Fact]
    public void Utf16_is_recognised_by_its_byte_order_mark()
    {
        var page = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<p>京</p>")).ToArray();
        Assert.True(HtmlCharset.Detect(page).IsUtf16);
        Assert.Equal("<p>京</p>", HtmlCharset.Decode(page));
    }

    [Fact]
    public void An_unknown_declared_charset_is_reported_by_label_and_decoded_as_utf8()
    {
        var page = Encoding.UTF8.GetBytes("<meta charset=\"Shift_JIS\"><p>京</p>");
        var detection = HtmlCharset.Detect(page);
        Assert.Equal((null, "shift_jis"), (detection.Encoding, detection.Label));
        Assert.EndsWith("<p>京</p>", HtmlCharset.Decode(page), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_declared_is_utf8() =>
        Assert.Equal((65001, HtmlCharsetSource.Default), (HtmlCharset.Detect("<p>京</p>"u8).Encoding!.CodePage, HtmlCharset.Detect("<p>京</p>"u8).Source));
}
