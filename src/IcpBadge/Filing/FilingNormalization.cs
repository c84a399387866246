namespace IcpBadge.Filing;

/// <summary>A change the lenient parser made to read a number; the verifier reports a non-canonical display from these.</summary>
public enum FilingNormalization
{
    /// <summary>Full-width letters, digits or punctuation inside the number (<c>ＩＣＰ</c>, <c>１２</c>, <c>－</c>) were read as ASCII.</summary>
    FullWidthCharacters,

    /// <summary>Spaces inside the number were removed (<c>浙 ICP 备 1200000号 -1</c>).</summary>
    Whitespace,

    /// <summary>A leading label such as <c>备案号：</c> was removed. Showing a label is fine.</summary>
    LeadingLabel,

    /// <summary>Lower-case letters (<c>icp</c>, <c>-2a</c>) were read as upper case.</summary>
    LowercaseLetters,

    /// <summary>A dash other than the ASCII hyphen (<c>–</c>, <c>—</c>, <c>−</c>) was read as <c>-</c>.</summary>
    HyphenVariant,
}
