using IcpBadge.Rules;

namespace IcpBadge.Tests.Rules;

/// <summary>
/// The obligations' texts in both languages: the legal basis of each (never a line of our notes), and Chinese titles
/// and due dates written for Chinese readers.
/// </summary>
public sealed class ObligationCatalogTextTests
{
    [Theory]
    [InlineData("D1", "《非经营性互联网信息服务备案管理办法》（原信息产业部令第33号）第十三条", "MII (now MIIT) Order No. 33 (2005), art. 13")]
    [InlineData("D2", "《计算机信息网络国际联网安全保护管理办法》（公安部令第33号）第十二条", "MPS Order No. 33 (1997), art. 12 (it counts from the network's connection and names legal persons and organisations; the platform applies the 30 days from launch to every site)")]
    [InlineData("D4", "全国互联网安全管理服务平台《网络安全责任告知书》第六项", "Platform's cybersecurity responsibility notice, item 6")]
    [InlineData("D5", "《非经营性互联网信息服务备案管理办法》第十四条", "MII (now MIIT) Order No. 33, art. 14")]
    [InlineData("D7", "《非经营性互联网信息服务备案管理办法》第十五条", "MII (now MIIT) Order No. 33, art. 15")]
    [InlineData("D8", "全国互联网安全管理服务平台《网络安全责任告知书》第七项", "Platform's cybersecurity responsibility notice, item 7")]
    [InlineData("D9", "上海市公安机关备案通知（依据《计算机信息网络国际联网安全保护管理办法》）", "Shanghai police filing notice (under MPS Order No. 33)")]
    [InlineData("D10", "广东省通信管理局《互联网信息服务备案承诺书》第二项（2021年6月21日起）", "Guangdong Communications Administration, filing commitment letter, item 2 (since 2021-06-21)")]
    public void Source_IsTheLegalBasis(string id, string zh, string en)
    {
        var source = Assert.Single(ObligationCatalog.All, o => o.Id == id).Source;

        Assert.Equal(zh, source.Zh);
        Assert.Equal(en, source.En);
    }

    [Fact]
    public void NoText_CitesALineOfTheNotesOrTheSpecification()
    {
        var texts = ObligationCatalog.All.SelectMany(o => new[] { o.Title, o.Due, o.AppliesWhen, o.Source }).SelectMany(t => new[] { t.Zh, t.En });

        Assert.All(texts, text =>
        {
            Assert.DoesNotMatch(@"\d{3}:\d", text);
            Assert.DoesNotContain("SPEC", text, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("D1", "网站展示ICP备案号", "上线当日")]
    [InlineData("D2", "提交公安联网备案", "上线后30日")]
    [InlineData("D3", "展示公安备案编号及图标（编号、图标和链接）", "公安备案通过后30日")]
    [InlineData("D5", "变更生效前提交ICP备案变更", "变更前30日")]
    [InlineData("D8", "服务终止后注销公安联网备案", "服务终止后5个工作日")]
    [InlineData("D10", "ICP备案通过后网站上线并展示备案号（备案承诺书）", "ICP备案通过后1个月")]
    public void ChineseTitleAndDue_AreWrittenInChinese(string id, string title, string due)
    {
        var obligation = Assert.Single(ObligationCatalog.All, o => o.Id == id);

        Assert.Equal(title, obligation.Title.Zh);
        Assert.Equal(due, obligation.Due.Zh);
    }
}
