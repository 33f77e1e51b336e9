import Foundation
/// Language rules for setting the child's words, which change spacing but never a letter: in Polish, Czech and
/// Slovak a one-letter word ("w", "z", "i") must not be left at the end of a line, so it is tied to the next
/// word with a no-break space.
enum Typography {
    static let oneLetterWords: [String: Set<Character>] = [
        "pl": ["a", "i", "o", "u", "w", "z", "A", "I", "O", "U", "W", "Z"],
        "cs": ["a", "i", "k", "o", "s", "u", "v", "z", "A", "I", "K", "O", "S", "U", "V", "Z"],
        "sk": ["a", "i", "k", "o", "s", "u", "v", "z", "A", "I", "K", "O", "S", "U", "V", "Z"],
    ]

    static func set(_ text: String, language: String?) -> String {
        guard let base = language?.split(separator: "-").first.map({ $0.lowercased() }),
            let tied = oneLetterWords[base]
        else { return text }
        var out = ""
        var previous: Character? = nil
        var chars = Array(text)
        for i in chars.indices {
            let c = chars[i]
            // A one-letter word: the letter stands alone (start or after a space) and a space follows it.
            if c == " ", let p = previous, tied.contains(p), i >= 1,
                i == 1 || chars[i - 2] == " " || chars[i - 2] == "\u{00A0}" || chars[i - 2] == "("
            {
                out.append("\u{00A0}")
            } else {
                out.append(c)
            }
            previous = c
        }
        chars.removeAll()
        return out
    }
}

extension Typography {
    /// `text` with each of `names` held together wherever it appears as whole words ("Mrs Ahmed", not "Mrs" at the
    /// end of one line and "Ahmed" at the start of the next).
    static func holdingTogether(_ names: [String], in text: String) -> String {
        var out = text
        for name in names.sorted(by: { $0.count > $1.count }) where out.contains(name) {
            var result = ""
            var rest = Substring(out)
            while let range = rest.range(of: name) {
                let before = range.lowerBound == rest.startIndex ? result.last : rest[rest.index(before: range.lowerBound)]
                let after = range.upperBound < rest.endIndex ? rest[range.upperBound] : nil
                let whole = !(before?.isLetter ?? false) && !(after?.isLetter ?? false)
                result += rest[..<range.lowerBound]
                result += whole ? unbroken(name) : String(rest[range])
                rest = rest[range.upperBound...]
            }
            out = result + rest
        }
        return out
    }

    /// A name held together with no-break spaces, so "Auntie Jen" is never split over two lines.
    static func unbroken(_ name: String) -> String {
        name.replacingOccurrences(of: " ", with: "\u{00A0}")
    }

    /// Typewriter apostrophes between letters made typographic (Daddy's → Daddy’s), so the case's words and
    /// Hearth's own match on the page. Used for story sentences, never for a child's verbatim Three Houses words.
    static func curlyApostrophes(_ text: String) -> String {
        var out = ""
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            if c == "'", i > 0, chars[i - 1].isLetter, i + 1 < chars.count, chars[i + 1].isLetter {
                out.append("\u{2019}")
            } else {
                out.append(c)
            }
        }
        return out
    }
}

/// Guesses the language of a sentence where it changes how it must be set. Urdu shares the Arabic script but reads
/// best in Nastaliq; letters only Urdu uses (ٹ ڈ ڑ ں ے ھ ۓ ہ) tell it apart from Arabic.
enum ScriptLanguage {
    static let urduOnly: Set<Unicode.Scalar> = [
        "\u{0679}", "\u{0688}", "\u{0691}", "\u{06BA}", "\u{06D2}", "\u{06BE}", "\u{06D3}", "\u{06C1}",
    ]

    static func hasArabicScript(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) || (0xFB50...0xFEFF).contains($0.value) }
    }

    /// The language to set one sentence in: the interview's, except that a sentence in another script (English
    /// words in an Urdu interview) is not forced into the interview's font.
    static func languageTag(of text: String, interviewLanguage: String?) -> String? {
        if let lang = interviewLanguage {
            let base = lang.split(separator: "-").first.map { $0.lowercased() }
            if base == "ur" || base == "ar" { return hasArabicScript(text) ? lang : nil }
            return lang
        }
        return text.unicodeScalars.contains { urduOnly.contains($0) } ? "ur" : nil
    }
}
