/// Turns what YAML gives back for a piece of text into what the person actually wrote or said.
///
/// Only the ends are trimmed, and line breaks (with the spaces hugging them) become one space: a
/// `|` block keeps the editor's line breaks, but a child's sentence has none. Everything else is kept
/// exactly, including double spaces, because the child's words are quoted verbatim.
enum TextFolding {
    static func fold(_ raw: String) -> String {
        var result = ""
        var pendingSpaces = ""
        var sawLineBreak = false
        for character in raw {
            if character.isNewline {
                sawLineBreak = true
                pendingSpaces = ""
            } else if character == " " || character == "\t" {
                pendingSpaces.append(character)
            } else {
                if sawLineBreak {
                    result.append(" ")
                } else {
                    result += pendingSpaces
                }
                pendingSpaces = ""
                sawLineBreak = false
                result.append(character)
            }
        }
        return result.trimmingWhitespace()
    }
}

extension String {
    /// Trims every kind of Unicode whitespace and line break from both ends (Foundation-free).
    func trimmingWhitespace() -> String {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return start < end ? String(self[start..<end]) : ""
    }
}
