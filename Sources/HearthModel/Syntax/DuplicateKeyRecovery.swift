import Yams

/// Lets parsing carry on past a duplicated key, so one run can report it together with every other
/// problem in the file.
///
/// Yams stops at the first mapping with a repeated key and gives only the first occurrence. For the
/// usual block layout the repeat is a later line starting in the same column, so it can be found in
/// the text and blanked (keeping line numbers) before parsing again. Anything this cannot find, such
/// as `{a: 1, a: 2}` on one line, is reported at the first occurrence and parsing stops there.
struct DuplicateKeyRecovery {
    /// Where the repeated key is written again.
    let repeatLine: Int
    let repeatColumn: Int
    /// The text with the repeat (and its indented block) blanked out.
    let recoveredText: String
    /// The first line with content after the blanked block. A syntax error up to here may have been
    /// caused by the blanking (say, a `]` left without its `[`), so it is not trusted.
    let firstLineAfter: Int

    init?(key: String, firstLine: Int, firstColumn: Int, in text: String) {
        let lines = TextPosition.lines(of: text)
        guard firstLine >= 1, firstLine <= lines.count else { return nil }
        let spellings = [key, "\"\(key)\"", "'\(key)'"]
        var found: Int?
        for index in firstLine..<lines.count {
            guard let column = DuplicateKeyRecovery.contentColumn(of: lines[index]) else { continue }
            if column < firstColumn { break }
            guard column == firstColumn else { continue }
            let content = lines[index].unicodeScalars.dropFirst(column - 1)
            if spellings.contains(where: { DuplicateKeyRecovery.startsWithKey(String(content), spelled: $0) }) {
                found = index
                break
            }
        }
        guard let found else { return nil }
        var end = found
        for index in lines.indices.dropFirst(found + 1) {
            guard let column = DuplicateKeyRecovery.contentColumn(of: lines[index]) else { continue }
            if column <= firstColumn { break }
            end = index
        }
        var recovered = lines
        for index in found...end { recovered[index] = "" }
        let nextContent = lines.indices.dropFirst(end + 1).first { DuplicateKeyRecovery.contentColumn(of: lines[$0]) != nil }
        firstLineAfter = (nextContent ?? lines.count) + 1
        repeatLine = found + 1
        repeatColumn = firstColumn
        recoveredText = recovered.joined(separator: "\n")
    }

    /// The 1-based column where a line's content starts, or `nil` for a blank or comment line.
    private static func contentColumn(of line: Substring) -> Int? {
        let indent = line.unicodeScalars.prefix { $0 == " " }.count
        let rest = line.unicodeScalars.dropFirst(indent)
        guard let first = rest.first, first != "#" else { return nil }
        return indent + 1
    }

    private static func startsWithKey(_ content: String, spelled key: String) -> Bool {
        guard content.hasPrefix(key) else { return false }
        let after = content.dropFirst(key.count).drop { $0 == " " }
        guard after.first == ":" else { return false }
        let next = after.dropFirst().first
        return next == nil || next == " "
    }
}
