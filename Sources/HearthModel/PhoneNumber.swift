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
