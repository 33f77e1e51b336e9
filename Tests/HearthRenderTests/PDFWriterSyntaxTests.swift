import Testing

@testable import HearthRender

/// The PDF writer prints its own numbers, strings and dates rather than going through a general formatter, so
/// these pin the exact bytes: a stray `-0`, a trailing zero or an unescaped parenthesis would make a file that
/// differs from run to run or that readers reject.
struct PDFWriterSyntaxTests {
    func written(_ body: (inout PDFBytes) -> Void) -> String {
        var out = PDFBytes()
        body(&out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    @Test(arguments: [
        (12.5, 3, "12.5"), (-3, 3, "-3"), (0.125, 3, "0.125"), (1e-9, 3, "0"), (-0.0004, 3, "0"),
        (1234567.891, 2, "1234567.89"), (0, 3, "0"), (-0.5, 3, "-0.5"), (2.0006, 3, "2.001"), (7, 0, "7"),
        (0.1234567, 6, "0.123457"), (-250, 2, "-250"), (Double.nan, 3, "0"), (Double.infinity, 3, "0"),
    ] as [(Double, Int, String)])
    func numbersAreRoundedWithoutTrailingZerosOrNegativeZero(value: Double, decimals: Int, expected: String) {
        #expect(written { $0.number(value, decimals: decimals) } == expected)
    }

    @Test func numbersDefaultToThreeDecimals() {
        #expect(written { $0.number(1.23456) } == "1.235")
    }

    /// Paths are drawn in quarter points, so each coordinate is a whole number of them.
    @Test(arguments: [
        (1.13, "5"), (-0.1, "0"), (-0.2, "-1"), (0, "0"), (10, "40"), (2.5, "10"), (-7.74, "-31"),
        (100.37, "401"), (0.9, "4"),
    ] as [(Double, String)])
    func pathCoordinatesAreWholeQuarterPoints(value: Double, expected: String) {
        #expect(written { $0.quarterUnits(value) } == expected)
    }

    @Test(arguments: [(0, "0"), (7, "7"), (-42, "-42"), (1_000_000, "1000000"), (Int.max, "9223372036854775807")])
    func wholeNumbersArePlainDecimal(value: Int, expected: String) {
        #expect(written { $0.int(value) } == expected)
    }

    @Test func asciiTextIsALiteralStringWithParenthesesAndBackslashEscaped() {
        #expect(written { $0.text("Mia's story") } == "(Mia's story)")
        #expect(written { $0.text("a (b) c\\d") } == #"(a \(b\) c\\d)"#)
        #expect(written { $0.text("") } == "()")
    }

    @Test func nonAsciiTextIsUTF16BigEndianHexWithAByteOrderMark() {
        #expect(written { $0.text("é") } == "<FEFF00E9>")
        // Urdu "amma", and a character outside the basic plane written as a surrogate pair.
        #expect(written { $0.text("امی") } == "<FEFF0627064506CC>")
        #expect(written { $0.text("a🐶") } == "<FEFF0061D83DDC36>")
        // A control character is not printable ASCII, so it goes as hex rather than raw into a literal.
        #expect(written { $0.text("a\nb") } == "<FEFF0061000A0062>")
    }

    @Test func hex16IsFourUppercaseDigits() {
        #expect(written { $0.hex16(0) } == "0000")
        #expect(written { $0.hex16(0x3A) } == "003A")
        #expect(written { $0.hex16(0xBEEF) } == "BEEF")
        #expect(written { $0.hex16(0xFFFF) } == "FFFF")
    }

    @Test func aReferenceNamesTheObjectNumberAndGenerationZero() {
        #expect(written { $0.ref(PDFObjectID(number: 12)) } == "12 0 R")
    }

    @Test(arguments: [
        ("2026-03-12T09:30:00Z", "D:20260312093000Z"),
        ("2026-03-12T09:30:00+01:00", "D:20260312093000+01'00'"),
        ("2026-03-12T00:00:00-05:30", "D:20260312000000-05'30'"),
        ("2026-01-01T00:00:00Z", "D:20260101000000Z"),
        ("2026-03-12T09:30+01:00", "D:20260312093000+01'00'"),
        ("2026-03-12", "D:20260312000000Z"),
        ("2026-03-12T09:30:15.5Z", "D:20260312093015Z"),
    ])
    func isoDatesBecomePDFDates(iso: String, expected: String) {
        #expect(PDFWriter.pdfDate(iso) == expected)
    }
}
