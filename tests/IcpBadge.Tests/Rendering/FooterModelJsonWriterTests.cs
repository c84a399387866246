using System.Text;
using IcpBadge.Rendering;

namespace IcpBadge.Tests.Rendering;

/// <summary><see cref="FooterModelJsonWriter"/>: a footer's values and HTML as JSON, absent parts as null.</summary>
public sealed class FooterModelJsonWriterTests
{
    [Fact]
    public void Write_FullModel_WritesEveryPartUnencoded()
    {
        var model = new FooterModel
        {
            SiteName = "示例 & 站点",
            IcpNumber = "京ICP备12345678号-1",
            IcpLink = "https://beian.miit.gov.cn/",
            PoliceNumber = "京公网安备11010502030143号",
            PoliceCode = "11010502030143",
            PoliceLink = "https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143",
            IconSource = "/beian.png",
            IconWidth = 20,
            IconHeight = 20,
            CopyrightText = "© 2019–2026 示例 版权所有",
            LicenceNumber = "京B2-20190762",
            LicenceLabel = "增值电信业务经营许可证",
        };

        var json = Write(model, "<footer>x</footer>");

        Assert.Equal(
            """
            {
              "lang": "zh-CN",
              "siteName": "示例 & 站点",
              "icp": {
                "number": "京ICP备12345678号-1",
                "link": "https://beian.miit.gov.cn/"
              },
              "police": {
                "number": "京公网安备11010502030143号",
                "code": "11010502030143",
                "link": "https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143",
                "icon": {
                  "src": "/beian.png",
                  "width": 20,
                  "height": 20,
                  "alt": "公安备案图标"
                }
              },
              "copyright": "© 2019–2026 示例 版权所有",
              "licence": {
                "number": "京B2-20190762",
                "label": "增值电信业务经营许可证",
                "link": null
              },
              "html": "<footer>x</footer>"
            }
            """.ReplaceLineEndings("\n"),
            json);
    }

    [Fact]
    public void Write_IcpOnly_WritesThePoliceLicenceAndCopyrightKeysAsNull()
    {
        var json = Write(new FooterModel { IcpNumber = "京ICP备12345678号-1", IcpLink = "https://beian.miit.gov.cn/" }, "<footer></footer>");

        Assert.Contains("\"siteName\": null", json, StringComparison.Ordinal);
        Assert.Contains("\"police\": null", json, StringComparison.Ordinal);
        Assert.Contains("\"copyright\": null", json, StringComparison.Ordinal);
        Assert.Contains("\"licence\": null", json, StringComparison.Ordinal);
    }

    private static string Write(FooterModel model, string html)
    {
        using var output = new MemoryStream();
        FooterModelJsonWriter.Write(output, model, html);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
