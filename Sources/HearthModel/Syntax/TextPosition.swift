/// Line and column arithmetic over the case file's text, in the units libyaml uses (1-based lines,
/// columns counted in Unicode scalars), for positions libyaml reports as offsets or not at all.
enum TextPosition {
    /// The position of the `offset`-th `Character`, as Yams reports reader errors.
    static func lineAndColumn(ofCharacterOffset offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text.prefix(max(0, offset)) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (line, column)
    }

    /// The text of each line without its line break; indexes are line numbers minus one.
    static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    /// The character at a libyaml position, if there is one.
    static func character(atLine line: Int, column: Int, in text: String) -> Character? {
        let lines = lines(of: text)
        guard line >= 1, line <= lines.count else { return nil }
        let scalars = lines[line - 1].unicodeScalars
        guard column >= 1, column <= scalars.count else { return nil }
        return Character(scalars[scalars.index(scalars.startIndex, offsetBy: column - 1)])
    }
}
