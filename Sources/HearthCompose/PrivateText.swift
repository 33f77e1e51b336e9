import HearthModel

/// Finds what must never be printed for a child: the values a case lists under `private:` and the full names of
/// people marked `private: yes`.
///
/// Matching is forgiving in the direction of safety: capitals, spacing, curly or straight apostrophes and
/// non-breaking spaces do not matter ("ls62ab" finds "LS6 2AB"), and a value that is mostly digits (a phone
/// number) is found by its digits, however it is spaced or whether it starts +44 or 0.
public struct PrivateText: Sendable {
    /// One thing to look for.
    public struct Entry: Hashable, Sendable {
        /// What to call it in a message: "the private value 'LS6 2AB'", "Gary Smith's name".
        public var what: String
        /// Where it is marked private.
        public var location: SourceLocation?
        public var keyPath: String
        /// How to put it right where it was found.
        public var fix: String
        /// Letters and digits only, lower case: matched across any spacing, at word boundaries.
        var letters: [Unicode.Scalar]
        /// For a phone-like value, its digits (with a +44 read as 0).
        var digits: String?

        /// " (line 12)": where it is marked private, for a message about where it would be printed.
        public var markedAt: String { location.map { " (line \($0.line))" } ?? "" }
    }

    public let entries: [Entry]

    public init(caseFile: CaseFile) {
        var entries: [Entry] = []
        for value in caseFile.privateValues {
            entries.append(Entry(
                what: "'\(value.text)'", location: value.location, keyPath: value.keyPath,
                fix: "take it out of the words for the child; a child's documents can be read by anyone, including whoever the family must be kept safe from",
                letters: Self.letters(value.text), digits: Self.phoneDigits(value.text)))
        }
        for person in caseFile.people where person.isPrivate {
            let called = Set((person.called ?? "").split(whereSeparator: { !$0.isLetter }).map { Self.letters(String($0)) })
            let fix = person.called == nil
                ? "give \(person.name) a 'called:' name the child may see, or leave them out of the child's documents"
                : "call them '\(person.called ?? "")' in the words for the child, never by their full name"
            let keyPath = "people[\(caseFile.people.firstIndex(of: person) ?? 0)].private"
            var words = [person.name]
            words += person.name.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }).map(String.init)
                .filter { $0.count >= 2 && !called.contains(Self.letters($0)) }
            for word in words.uniqued {
                entries.append(Entry(
                    what: word == person.name ? "\(person.name)'s name" : "'\(word)', from \(person.name)'s name,",
                    location: person.location, keyPath: keyPath, fix: fix, letters: Self.letters(word), digits: nil))
            }
        }
        self.entries = entries.filter { !$0.letters.isEmpty }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// The entries found in a text, each once, in the order they are listed.
    public func found(in text: String) -> [Entry] {
        guard !entries.isEmpty else { return [] }
        let folded = Self.fold(text)
        let runs = PhoneNumber.written(in: text, fewestDigits: 1, separators: Self.numberSeparators)
            .map(PhoneNumber.nationalDigits)
        return entries.filter { entry in
            if let digits = entry.digits, runs.contains(where: { $0.contains(digits) }) { return true }
            return Self.contains(folded, entry.letters)
        }
    }

    /// Lower case, with every scalar that is not part of a letter or digit turned into a space. Scalars, not
    /// characters: a page's words are searched for every private value, and grapheme breaking would cost more than
    /// the search. A combining mark stays with its letter.
    static func fold(_ text: String) -> [Unicode.Scalar] {
        text.lowercased().unicodeScalars.map { isWordScalar($0) ? $0 : " " }
    }

    static func letters(_ text: String) -> [Unicode.Scalar] {
        text.lowercased().unicodeScalars.filter(isWordScalar)
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s >= "a" && s <= "z") || (s >= "0" && s <= "9") || (s >= "A" && s <= "Z") }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    /// Whether `needle` occurs in `folded`, skipping spaces inside it, and starting and ending at word boundaries.
    static func contains(_ folded: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard let first = needle.first else { return false }
        for start in folded.indices where folded[start] == first && (start == 0 || folded[start - 1] == " ") {
            var i = start, j = 0
            while i < folded.count, j < needle.count {
                if folded[i] == needle[j] {
                    j += 1
                } else if folded[i] != " " {
                    break
                }
                i += 1
            }
            if j == needle.count && (i == folded.count || folded[i] == " ") { return true }
        }
        return false
    }

    /// A value that is mostly digits (at least six) is a number: its digits, with an international +44 or 0044 read
    /// as the UK's leading 0.
    static func phoneDigits(_ text: String) -> String? {
        let significant = text.filter { $0.isLetter || $0.isNumber }
        let digits = text.filter { $0.isASCII && $0.isNumber }
        guard digits.count >= 6, digits.count * 10 >= significant.count * 8 else { return nil }
        return PhoneNumber.nationalDigits(text)
    }

    /// What people write between the digits of a number, however it is set: "(0113) 496.0000", "0113 496 0000".
    static let numberSeparators: Set<Character> = [" ", "-", ".", "(", ")", "\u{00A0}", "\u{202F}"]
}
