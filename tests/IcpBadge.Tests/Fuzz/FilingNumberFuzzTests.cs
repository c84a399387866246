using System.Text;
using CsCheck;
using IcpBadge.Filing;
using IcpBadge.Localization;

namespace IcpBadge.Tests.Fuzz;

/// <summary>
/// Fuzzes the number parser (ICP, police and licence numbers) and what the <c>number</c> command builds on it with
/// realistic numbers mutated: province characters, full-width digits, spaces, 号 and -n variants, labels, cut and
/// doubled pieces. Property: no exception but the documented <see cref="FormatException"/> of <c>Parse</c>.
/// </summary>
public sealed class FilingNumberFuzzTests
{
    private static readonly string[] Seeds =
    [
        "京ICP备12345678号-1", "粤ICP备2023000001号", "沪ICP证B2-20090001号", "京ICP证030173号", "京公网安备11010802020134号",
        "B2-20090001", "浙B2-20080224", "京ICP备12345678号-12A", "川公网安备51010402000507号", "ICP备案号：京ICP备12345678号",
        "京ICP备 1234 5678 号－１", "京ＩＣＰ备１２３４５６７８号", "蜀ICP备12345678号", "港", "",
    ];

    private static readonly string[] Labels = [" ", "号", "-", "号-", "－", "备案号：", "ICP", "公网安备"];

    private static readonly string[] Odd = ["\uD83D\uDE00", "\uFEFF", "\r\n", "\u200B"];

    private static readonly string Pieces =
        "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新港澳台萌"
        + "ICPicp备号证公网安案编许可经营" + "0123456789０１２３４５６７８９" + "-－–—−_.:：/ \t\u3000\u00A0\u200B\uFEFF（）()号*AXKBb"
        + "\uD800\uDC00\u0301\uFFFD\0";

    private static readonly Gen<(int Kind, int At, char Piece, int Count)> Edit =
        from kind in Gen.Int[0, 7]
        from at in Gen.Int[0, 1000]
        from piece in Gen.Char[Pieces]
        from count in Gen.Int[1, 4]
        select (kind, at, piece, count);

    private static readonly Gen<string> Mutation =
        from seed in Gen.OneOf(Seeds)
        from edits in Edit.Array[0, 6]
        select Apply(seed, edits);

    private static readonly Gen<string> AnyText = Gen.Char['\0', '\uFFFF'].Array[0, 60].Select(chars => new string(chars));

    [Fact]
    [Trait("Category", Fuzzing.Category)]
    public void Fuzz_FilingNumbers_NoUndocumentedException()
    {
        Fuzzing.Run("filing-number", Gen.OneOf(Mutation, Mutation, Mutation, AnyText), Check, iterations: 2000);
    }

    private static void Check(string text)
    {
        var any = FilingNumber.ParseAny(text);
        if (any.Success)
        {
            Assert.Equal(any.Value, FilingNumber.ParseAny(any.Value.ToString()).Value);
        }
        else
        {
            Assert.InRange(any.Error.Position, 0, text.Length);
            Assert.Throws<FormatException>(() => any.GetValueOrThrow());
        }

        ParseOrFormatException(() => IcpFilingNumber.Parse(text), IcpFilingNumber.TryParse(text, out _));
        ParseOrFormatException(() => PoliceFilingNumber.Parse(text), PoliceFilingNumber.TryParse(text, out _));
        ParseOrFormatException(() => OperatingLicenceNumber.Parse(text), OperatingLicenceNumber.TryParse(text, out _));

        // What `icp-badge number` prints, in both languages and as JSON.
        var explanation = FilingNumberExplanation.For(text);
        Assert.NotEmpty(FilingNumberDetails.For(explanation, Language.Zh));
        Assert.NotEmpty(FilingNumberDetails.For(explanation, Language.En));
        using var json = new MemoryStream();
        FilingNumberJsonWriter.Write(json, [explanation]);
        using var document = System.Text.Json.JsonDocument.Parse(json.ToArray());
    }

    private static void ParseOrFormatException(Func<object> parse, bool parses)
    {
        if (parses)
        {
            Assert.NotNull(parse());
        }
        else
        {
            Assert.ThrowsAny<FormatException>(() => parse());
        }
    }

    private static string Apply(string seed, (int Kind, int At, char Piece, int Count)[] edits)
    {
        var text = new StringBuilder(seed);
        foreach (var (kind, at, piece, count) in edits)
        {
            var i = text.Length == 0 ? 0 : at % (text.Length + 1);
            var upTo = Math.Min(count, text.Length - i);
            switch (kind)
            {
                case 0: text.Insert(i, piece.ToString(), count); break;
                case 1: text.Remove(i, upTo); break;
                case 2 when i < text.Length: text[i] = piece; break;
                case 3: // full-width digits
                    for (var k = 0; k < text.Length; k++)
                    {
                        text[k] = text[k] is >= '0' and <= '9' ? (char)(text[k] - '0' + '０') : text[k];
                    }

                    break;
                case 4: text.Insert(i, Labels[count % Labels.Length]); break;
                case 5: text.Insert(i, text.ToString(0, i)); break; // a piece doubled
                case 6: text.Append(new string('9', count * 9)); break; // too many digits
                default: text.Insert(i, Odd[count % Odd.Length]); break;
            }
        }

        return text.ToString();
    }
}
