namespace IcpBadge.Filing;

/// <summary>Why a number could not be parsed.</summary>
public enum FilingParseErrorCode
{
    /// <summary>The input is empty, blank, or only a label.</summary>
    Empty,

    /// <summary>The text is not shaped like any filing or licence number.</summary>
    UnrecognisedFormat,

    /// <summary>The number has no province abbreviation (<c>ICP备12345678号</c>).</summary>
    MissingProvinceAbbreviation,

    /// <summary>The character before <c>ICP备</c> is not a province abbreviation (<c>萌ICP备…</c>): a lookalike, not a filing.</summary>
    UnknownProvinceAbbreviation,

    /// <summary>Hong Kong, Macau and Taiwan have no ICP filing (<c>港ICP备…</c>).</summary>
    NoIcpFilingRegion,

    /// <summary>No digits where the serial should be.</summary>
    MissingSerial,

    /// <summary>A masked placeholder (<c>*</c>, <c>X</c>) instead of real digits (<c>京ICP备****号-1</c>).</summary>
    Placeholder,

    /// <summary>A character that has no place in the number.</summary>
    InvalidCharacter,

    /// <summary>An ICP serial with fewer than 5 digits.</summary>
    SerialTooShort,

    /// <summary>An ICP serial with more than 11 digits.</summary>
    SerialTooLong,

    /// <summary><c>号</c> is missing after the serial (<c>豫ICP备20151109-1</c>).</summary>
    MissingNumberSign,

    /// <summary><c>号</c> comes after the sequence instead of before it (<c>粤ICP备18047355-1号</c>).</summary>
    MisplacedNumberSign,

    /// <summary>A hyphen with no sequence number after it.</summary>
    MissingSequence,

    /// <summary>The sequence number is 0.</summary>
    SequenceZero,

    /// <summary>The sequence number has a leading zero (<c>-01</c>).</summary>
    SequenceLeadingZero,

    /// <summary>The sequence number has more than nine digits.</summary>
    SequenceTooLarge,

    /// <summary>A letter after the sequence other than A (APP), X (mini-program) or K (quick app).</summary>
    UnknownServiceLetter,

    /// <summary>Text after the end of the number.</summary>
    TrailingCharacters,

    /// <summary>A police number without exactly 14 digits.</summary>
    PoliceDigitCount,

    /// <summary>The police prefix and the province of the division code differ (<c>粤公网安备52…</c>).</summary>
    PoliceProvinceMismatch,

    /// <summary>The first two police digits are not the code of a mainland provincial division.</summary>
    UnknownDivisionCode,

    /// <summary>A pre-2016 police number (<c>浙备3301000000001号</c>).</summary>
    LegacyPoliceNumber,

    /// <summary>A licence number with the wrong number of digits.</summary>
    LicenceDigitCount,

    /// <summary>A valid number of another kind than the one asked for (a police number given as an ICP number).</summary>
    WrongKind,
}
