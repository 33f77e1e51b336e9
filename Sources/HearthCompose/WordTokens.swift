/// A text cut into words the way `hearth check` reads it: letters and digits, with an apostrophe kept inside a
/// word ("isn't", "child's"; a curly ’ reads as '), and for each word what joins it to the word before. The lint
/// matches phrases on these words, so "looked-after child" and "looked after child" read the same, while a
/// phrase never runs across a comma or a full stop.
struct WordTokens: Hashable, Sendable {
    /// How a word is joined to the one before it.
    enum Join: Hashable, Sendable {
        /// The first word of the text.
        case start
        /// Only spaces (or line breaks) between.
        case space
        /// A hyphen, with or without spaces: "looked-after".
        case hyphen
        /// Anything else: a comma, a full stop, a quotation mark, a bracket.
        case other

        /// Whether a phrase may run across this join.
        var isSoft: Bool { self == .space || self == .hyphen }
    }

    struct Token: Hashable, Sendable {
        /// As written, with a curly apostrophe made straight.
        var text: String
        /// Lower case, for matching that ignores case.
        var lower: String
        /// Where the word is in the text.
        var range: Range<String.Index>
        var join: Join

        /// Whether the word starts with a capital letter.
        var isCapitalised: Bool { text.first?.isUppercase ?? false }
    }

    var tokens: [Token]

    init(_ text: String) {
        var tokens: [Token] = []
        var gap = ""
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            guard Self.isWordCharacter(c) else {
                gap.append(c)
                index = text.index(after: index)
                continue
            }
            let start = index
            var word = ""
            while index < text.endIndex {
                let c = text[index]
                if Self.isWordCharacter(c) {
                    word.append(c)
                } else if Self.isApostrophe(c), !word.isEmpty {
                    let next = text.index(after: index)
                    guard next < text.endIndex, text[next].isLetter else { break }
                    word.append("'")
                } else {
                    break
                }
                index = text.index(after: index)
            }
            tokens.append(Token(
                text: word, lower: word.lowercased(), range: start..<index,
                join: tokens.isEmpty && gap.allSatisfy(\.isWhitespace) ? .start : Self.join(gap)))
            gap = ""
        }
        self.tokens = tokens
    }

    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    static func isApostrophe(_ c: Character) -> Bool { c == "'" || c == "\u{2019}" }

    static func isHyphen(_ c: Character) -> Bool { c == "-" || c == "\u{2010}" || c == "\u{2011}" }

    static func join(_ gap: String) -> Join {
        if gap.allSatisfy(\.isWhitespace) { return .space }
        if gap.allSatisfy({ $0.isWhitespace || isHyphen($0) }) { return .hyphen }
        return .other
    }
}
