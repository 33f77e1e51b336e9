/// Splits a text into sentences at the full stops, question and exclamation marks of every script Hearth prints:
/// . ! ? and … ; the danda । and double danda ॥ of Devanagari, Bengali and Gurmukhi; the Urdu full stop ۔ and the
/// Arabic question mark ؟; and the full-width 。！？. Without them a page of short Urdu or Bengali sentences reads as
/// one long sentence. A full stop between digits ("2.5") or after a title ("Dr. Patel") does not end a sentence.
enum Sentences {
    static let ends: Set<Character> = [".", "!", "?", "…", "।", "॥", "۔", "؟", "。", "！", "？"]

    /// Titles written with a full stop that does not end the sentence.
    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "st", "prof", "rev"]

    /// The sentences of `text`, trimmed, without empty ones.
    static func split(_ text: String) -> [Substring] {
        var out: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            var next = text.index(after: index)
            if ends.contains(text[index]), !continues(text, at: index, from: start) {
                // "..." and "?!" end one sentence together.
                while next < text.endIndex, ends.contains(text[next]) { next = text.index(after: next) }
                out.append(text[start..<next])
                start = next
            }
            index = next
        }
        out.append(text[start...])
        return out.map(trimmed).filter { piece in piece.contains { !ends.contains($0) && !$0.isWhitespace } }
    }

    /// Whether the full stop at `index` is inside a number or after a title.
    private static func continues(_ text: String, at index: String.Index, from start: String.Index) -> Bool {
        guard text[index] == "." else { return false }
        let next = text.index(after: index)
        if index > text.startIndex, next < text.endIndex, text[text.index(before: index)].isNumber,
            text[next].isNumber
        {
            return true
        }
        let before = text[start..<index].reversed().prefix { $0.isLetter }
        return titles.contains(String(before.reversed()).lowercased())
    }

    private static func trimmed(_ s: Substring) -> Substring {
        let first = s.firstIndex { !$0.isWhitespace } ?? s.endIndex
        let last = s.lastIndex { !$0.isWhitespace }.map { s.index(after: $0) } ?? first
        return s[first..<max(first, last)]
    }
}
