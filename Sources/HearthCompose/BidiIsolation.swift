import HearthModel

/// Unicode isolates (UAX #9) around the words Hearth puts into its fixed words (a name, a date, a phone number), so
/// each keeps its own order whatever surrounds it: "عائشہ’s Three Houses" in English, "0800 1111" in an Urdu
/// sentence, an English name at the start of an Urdu heading (which would otherwise turn the heading left to
/// right). Isolates are invisible and are left out when text is copied from the PDF.
///
/// A word is isolated only where its direction differs from the text's: an Urdu phrase in an Urdu sentence needs
/// nothing, and (measured with Pango 1.50 and FriBidi 1.0.8) a right-to-left isolate inside a right-to-left line
/// puts the next isolate's digits in the wrong order. Isolates say their direction (LRI, RLI) rather than leave it
/// to the first strong letter (FSI), so a number with no letters reads left to right.
public enum BidiIsolation {
    static let leftToRightIsolate: Unicode.Scalar = "\u{2066}"
    static let rightToLeftIsolate: Unicode.Scalar = "\u{2067}"
    static let popDirectionalIsolate: Unicode.Scalar = "\u{2069}"

    /// `value` ready to go into text in `language`: isolated when its direction is not the language's (a number
    /// has none, and is isolated in a right-to-left language, where it would otherwise turn around).
    public static func inserting(_ value: String, into language: String) -> String {
        guard !value.isEmpty else { return value }
        let textReadsRightToLeft = Languages.isRightToLeft(language)
        switch firstStrongDirection(of: value) {
        case .some(true): return textReadsRightToLeft ? value : isolated(value, rightToLeft: true)
        case .some(false): return textReadsRightToLeft ? isolated(value, rightToLeft: false) : value
        case .none: return textReadsRightToLeft ? isolated(value, rightToLeft: false) : value
        }
    }

    public static func isolated(_ value: String, rightToLeft: Bool) -> String {
        String(rightToLeft ? rightToLeftIsolate : leftToRightIsolate) + value + String(popDirectionalIsolate)
    }

    /// Whether the first strong letter outside isolates reads right to left (true), left to right (false), or
    /// there is none (nil: digits and punctuation only).
    static func firstStrongDirection(of text: String) -> Bool? {
        var depth = 0
        for s in text.unicodeScalars {
            switch s.value {
            case 0x2066...0x2068: depth += 1
            case 0x2069: depth = max(0, depth - 1)
            case _ where depth > 0: continue
            case _ where isRightToLeftLetter(s): return true
            case _ where s.properties.isAlphabetic: return false
            default: continue
            }
        }
        return nil
    }

    /// Whether the text has letters of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko, their forms).
    public static func hasRightToLeftLetters(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isRightToLeftLetter)
    }

    static func isRightToLeftLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0660...0x0669, 0x06F0...0x06F9: false  // Arabic-Indic digits are numbers, not letters
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        default: false
        }
    }

    /// The text without isolates (LRI, RLI, FSI, PDI), for comparing words.
    public static func removed(from text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !(0x2066...0x2069).contains($0.value) }))
    }
}
