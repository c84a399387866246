using System.Text;
using CsCheck;
using IcpBadge.Configuration;

namespace IcpBadge.Tests.Fuzz;

/// <summary>
/// Fuzzes the inventory reader (<see cref="SiteInventory.Read"/>, JSON: the only inventory format so far) with
/// inventories built from the schema's own names in any letter case, values of every JSON type, deep nesting,
/// comments, trailing commas, a BOM, then cut or spliced bytes. Property: enumerating every site throws nothing but
/// the documented <see cref="InventoryFormatException"/>, and a site is either a profile or has problems.
/// </summary>
public sealed class SiteInventoryFuzzTests : IDisposable
{
    private static readonly string[] Names =
    [
        "Sites", "Site", "Icp", "License", "Police", "Copyright", "Changes", "HolidaysFile", "Name", "SubjectType",
        "Domains", "Province", "LaunchedOn", "ConnectedOn", "EndsOn", "Commercial", "Number", "Numbers", "Since",
        "Holder", "Emblem", "ApprovedOn", "ShanghaiSubmittedOn", "Show", "Text", "unknown", "", "\\u0053ites", "ICP", "sItE",
    ];

    private static readonly string[] Scalars =
    [
        "null", "true", "false", "0", "-1", "2024", "1e400", "-0.0", "99999999999999999999", "\"\"", "\"京ICP备12345678号-1\"",
        "\"京公网安备11010802020134号\"", "\"B2-20090001\"", "\"2024-02-30\"", "\"2024-01-01\"", "\"9999-12-31\"", "\"0001-01-01\"",
        "\"example.com\"", "\"*.例子.中国\"", "\"xn--\"", "\"北京\"", "\"enterprise\"", "\"holidays.txt\"", "\"../missing/emblem.png\"",
        "\"\\ud800\"", "\"\\u0000\"", "\"a\\\"b\"", "\"   \"", "\"\\n\"",
    ];

    private static readonly string[] Breakers = [",", "]", "}", "\"", "/*", "\\u", "\u0000", ","];

    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-fuzz-").FullName;

    private static readonly Gen<string> Value = Gen.Recursive<string>((depth, self) =>
        depth >= 4
            ? Gen.OneOf(Scalars)
            : Gen.OneOf(
                Gen.OneOf(Scalars),
                Gen.OneOf(Scalars),
                self.Array[0, 4].Select(items => "[" + string.Join(",", items) + "]"),
                Member(self).Array[0, 5].Select(members => "{" + string.Join(",", members) + "}")));

    private static readonly Gen<string> Site = Member(Value).Array[0, 6].Select(members => "{" + string.Join(",", members) + "}");

    private static readonly Gen<string> Inventory =
        from sites in Gen.OneOf(Site, Value).Array[0, 4]
        from key in Gen.OneOf("Sites", "sites", "SITES", "Site")
        from extra in Member(Value).Array[0, 2]
        select "{" + string.Join(",", extra.Append($"\"{key}\": [" + string.Join(",", sites) + "]")) + "}";

    private static readonly Gen<byte[]> Bytes =
        from json in Gen.OneOf(Inventory, Inventory, Inventory, Value, Deep)
        from edits in Edit.Array[0, 3]
        from bom in Gen.Bool
        select Apply((bom ? "\uFEFF" : string.Empty) + json, edits);

    private static Gen<string> Deep =>
        from depth in Gen.Int[1, 300]
        from open in Gen.OneOf("[", "{\"Sites\":[", "{\"a\":")
        from close in Gen.Bool
        select "{\"Sites\":[" + string.Concat(Enumerable.Repeat(open, depth)) + (close ? string.Concat(Enumerable.Repeat(open == "[" ? "]" : "]}", depth)) : string.Empty);

    private static Gen<(int Kind, int At, int Length)> Edit =>
        from kind in Gen.Int[0, 4]
        from at in Gen.Int[0, 4000]
        from length in Gen.Int[1, 8]
        select (kind, at, length);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    [Trait("Category", Fuzzing.Category)]
    public void Fuzz_Inventory_OnlyInventoryFormatException()
    {
        Fuzzing.Run("inventory-json", Bytes, Check, iterations: 1500, print: Fuzzing.Show);
    }

    private void Check(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        try
        {
            foreach (var site in SiteInventory.Read(stream, _folder, "fuzz.json"))
            {
                Assert.True(site.Success ? site.Profile is not null : site.Problems.Count > 0);
                _ = site.Problems.Select(p => p.ToString()).ToList();
            }
        }
        catch (InventoryFormatException exception)
        {
            Assert.False(string.IsNullOrEmpty(exception.Message));
        }
    }

    private static Gen<string> Member(Gen<string> value) =>
        from name in Gen.OneOf(Names)
        from upper in Gen.Bool
        from comment in Gen.OneOf(string.Empty, string.Empty, "/* c */", "// c\n")
        from v in value
        select $"{comment}\"{(upper ? name.ToUpperInvariant() : name)}\": {v}";

    private static byte[] Apply(string json, (int Kind, int At, int Length)[] edits)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(json));
        foreach (var (kind, at, length) in edits)
        {
            var i = at % (bytes.Count + 1);
            switch (kind)
            {
                case 0: bytes.RemoveRange(i, bytes.Count - i); break; // cut short
                case 1: bytes.RemoveRange(i, Math.Min(length, bytes.Count - i)); break;
                case 2: bytes.InsertRange(i, Encoding.UTF8.GetBytes(Breakers[length - 1])); break;
                case 3: bytes.Insert(i, (byte)(0x80 + (length * 17))); break; // invalid UTF-8
                default: bytes.InsertRange(i, bytes.GetRange(0, i)); break;
            }
        }

        return [.. bytes];
    }
}
