import HearthModel

/// Spots details in a child's booklet that could lead someone to the child: a UK postcode, a street address (or
/// "Flat 3"), and a phone number the safety plan does not give the child. The child keeps the booklet, so anyone
/// may read it, including someone the family must be kept safe from.
struct PrivateDetails: Sendable {
    /// The numbers the child may have, as digits: every `safety_plan.talk_to` number (its `phone`, and numbers
    /// written in its `how`) and the public ones in the plain-words list (999, Childline…).
    var allowedNumbers: Set<String>
    /// The last word of a street name, as printed (Road, Rd, Street…).
    var streetWords: Set<String>

    /// Words that start the address of a flat, before its number.
    static let flatWords: Set<String> = ["Flat", "Apartment"]

    static let why = "a child's booklet can be read by anyone, including someone the family must be kept safe from"

    init(caseFile: CaseFile, lexicon: PlainWords) {
        let talkTo = caseFile.safetyPlan.talkTo
        let given = talkTo.compactMap(\.phone) + talkTo.flatMap { StoryCheck.phoneNumbers(in: $0.how ?? "") }
            + lexicon.publicNumbers.map(\.number)
        allowedNumbers = Set(given.map(Self.digits))
        streetWords = lexicon.streetWords
    }

    func findings(_ text: ChildFacingText) -> [StoryCheck.Finding] {
        let words = WordTokens(text.text)
        var out: [StoryCheck.Finding] = []
        func flag(_ message: String, fix: String = "leave it out, or mark it private so Hearth refuses to print it") {
            out.append(StoryCheck.Finding(location: text.location, keyPath: text.keyPath, message: message, fix: fix))
        }
        for postcode in Self.postcodes(in: text.text, words) {
            flag("this looks like a postcode (\(postcode)); \(Self.why)")
        }
        for address in addresses(in: text.text, words) {
            flag("this looks like an address (\(address)); \(Self.why)")
        }
        for number in StoryCheck.phoneNumbers(in: text.text)
        where !allowedNumbers.contains(Self.digits(number)) && !Self.isDate(number) {
            flag("this looks like a phone number (\(number)) that the safety plan does not give the child; \(Self.why)",
                 fix: "leave it out; if the child may have it, put it under safety_plan.talk_to")
        }
        return out
    }

    /// A number's digits, with +44 (or 0044) read as the 0 of a UK number, so "+44 7700 900123" is "07700900123".
    static func digits(_ number: String) -> String { PhoneNumber.nationalDigits(number) }

    /// A date written 2026-05-13, which has as many digits as a phone number.
    static func isDate(_ number: String) -> Bool {
        number.split(separator: "-", omittingEmptySubsequences: false).map(\.count) == [4, 2, 2]
    }

    // MARK: Postcodes

    /// UK postcodes as written: an outward code (LS6, SW1A, M1) then an inward code (2AB), with or without the
    /// space, in capitals or not.
    static func postcodes(in text: String, _ words: WordTokens) -> [String] {
        let tokens = words.tokens
        var out: [String] = []
        var i = 0
        while i < tokens.count {
            let word = Array(tokens[i].text.uppercased())
            if i + 1 < tokens.count, tokens[i + 1].join == .space, isOutward(word[...]),
                isInward(Array(tokens[i + 1].text.uppercased())[...])
            {
                out.append(String(text[tokens[i].range.lowerBound..<tokens[i + 1].range.upperBound]))
                i += 2
                continue
            }
            if (5...7).contains(word.count), isOutward(word.dropLast(3)), isInward(word.suffix(3)) {
                out.append(tokens[i].text)
            }
            i += 1
        }
        return out
    }

    /// A9, A99, A9A, AA9, AA99 or AA9A, with the letters the Royal Mail uses in each place.
    static func isOutward(_ s: ArraySlice<Character>) -> Bool {
        let c = Array(s)
        guard (2...4).contains(c.count), isLetter(c[0]), !"QVX".contains(c[0]) else { return false }
        if c[1].isASCII, c[1].isNumber {
            return c.count == 2 || (c.count == 3 && (isDigit(c[2]) || isLetter(c[2])))
        }
        guard isLetter(c[1]), !"IJZ".contains(c[1]), c.count >= 3, isDigit(c[2]) else { return false }
        return c.count == 3 || isDigit(c[3]) || isLetter(c[3])
    }

    /// 9AA, the inward code's letters never C, I, K, M, O or V.
    static func isInward(_ s: ArraySlice<Character>) -> Bool {
        let c = Array(s)
        return c.count == 3 && isDigit(c[0]) && c[1...].allSatisfy { isLetter($0) && !"CIKMOV".contains($0) }
    }

    static func isLetter(_ c: Character) -> Bool { c.isASCII && c.isLetter }
    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

    // MARK: Addresses

    /// A house number followed by one to three capitalised words and a street word ("12 Acacia Avenue",
    /// "4a, St John's Road"), or "Flat 3".
    func addresses(in text: String, _ words: WordTokens) -> [String] {
        let tokens = words.tokens
        var out: [String] = []
        var i = 0
        while i < tokens.count {
            if Self.flatWords.contains(tokens[i].text), i + 1 < tokens.count, tokens[i + 1].join == .space,
                Self.isHouseNumber(tokens[i + 1].text)
            {
                out.append(String(text[tokens[i].range.lowerBound..<tokens[i + 1].range.upperBound]))
                i += 2
                continue
            }
            if let end = streetEnd(after: i, in: text, tokens) {
                out.append(String(text[tokens[i].range.lowerBound..<tokens[end].range.upperBound]))
                i = end + 1
                continue
            }
            i += 1
        }
        return out
    }

    /// Where the street name ends, when the word at `i` is a house number that starts one.
    private func streetEnd(after i: Int, in text: String, _ tokens: [WordTokens.Token]) -> Int? {
        guard Self.isHouseNumber(tokens[i].text), i + 2 < tokens.count else { return nil }
        let gap = text[tokens[i].range.upperBound..<tokens[i + 1].range.lowerBound]
        guard gap.allSatisfy({ $0.isWhitespace || $0 == "," }), gap.filter({ $0 == "," }).count <= 1 else { return nil }
        for end in (i + 2)...min(i + 4, tokens.count - 1) {
            let name = tokens[(i + 1)...end]
            guard name.allSatisfy(\.isCapitalised), name.dropFirst().allSatisfy(\.join.isSoft) else { return nil }
            if streetWords.contains(tokens[end].text) { return end }
        }
        return nil
    }

    /// 1 to 4 digits, perhaps with one letter after ("12", "4a").
    static func isHouseNumber(_ word: String) -> Bool {
        let digits = word.prefix { isDigit($0) }
        let rest = word.dropFirst(digits.count)
        return (1...4).contains(digits.count) && (rest.isEmpty || (rest.count == 1 && rest.allSatisfy(isLetter)))
    }
}
