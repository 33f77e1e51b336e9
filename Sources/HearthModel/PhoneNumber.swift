/// The loose check for a phone number in a safety plan: the number must be one a child or a network member
/// can actually ring, so it is written in figures and is long enough to include its area code.
///
/// Allowed: digits, spaces, dashes, brackets and a `+` at the start (`+44 7700 900123`, `(01632) 960 001`).
/// It needs 10 to 15 digits, unless it is one of the short numbers a child may be given: 999, 112, 101,
/// 111, Childline (0800 1111), 116 111 and 116 123.
public enum PhoneNumber {
    public static let digitRange: ClosedRange<Int> = 10...15

    /// Short numbers that are whole numbers as they are, by their digits.
    public static let shortNumbers: Set<String> = ["999", "112", "101", "111", "08001111", "116111", "116123"]

    /// What is wrong with `text` as a phone number, or `nil` when it is fine.
    public enum Problem: Equatable, Sendable {
        /// A character other than a digit, space, dash or bracket, or a `+` not at the start.
        case notFigures(Character)
        case tooFewDigits(Int)
        case tooManyDigits(Int)
    }

    public static func problem(with text: String) -> Problem? {
        var digits = ""
        for (index, character) in text.enumerated() {
            if character.isASCIIDigit {
                digits.append(character)
            } else if character == "+" && index == 0 {
                continue
            } else if !separators.contains(character) {
                return .notFigures(character)
            }
        }
        if shortNumbers.contains(digits) { return nil }
        if digits.count < digitRange.lowerBound { return .tooFewDigits(digits.count) }
        if digits.count > digitRange.upperBound { return .tooManyDigits(digits.count) }
        return nil
    }

    public static func isValid(_ text: String) -> Bool { problem(with: text) == nil }

    static let separators: Set<Character> = [" ", "-", "(", ")"]
}

extension PhoneNumber {
    /// Numbers as people write them in running text: each run of digits, with the `separators` written between
    /// them and a `+` before the first, kept when it has at least `fewestDigits` digits. Both `hearth check` (which
    /// looks for numbers the plan does not give the child) and the private-value search read numbers this way.
    public static func written(in text: String, fewestDigits: Int, separators: Set<Character>) -> [String] {
        var out: [String] = []
        var current = "", digits = 0
        func flush() {
            while current.last == " " { current.removeLast() }
            if digits >= fewestDigits { out.append(current) }
            current = ""
            digits = 0
        }
        for c in text {
            if c.isASCIIDigit {
                current.append(c)
                digits += 1
            } else if separators.contains(c) && digits > 0 {
                current.append(c)
            } else if c == "+" && digits == 0 {
                current = "+"
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// A written number's digits, with an international +44 or 0044 read as the 0 of a UK number, so that
    /// "+44 7700 900123" and "07700 900123" are the same number.
    public static func nationalDigits(_ written: String) -> String {
        let digits = String(written.filter(\.isASCIIDigit))
        let international = written.drop { $0 == " " }.hasPrefix("+")
        if international || digits.hasPrefix("00") {
            let rest = digits.drop { $0 == "0" }
            if rest.hasPrefix("44") { return "0" + rest.dropFirst(2) }
        }
        return digits
    }
}
