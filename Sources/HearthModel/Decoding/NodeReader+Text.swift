import Yams

extension NodeReader {
    /// Text written by the worker, such as a name or an author, folded to one line and trimmed.
    ///
    /// A bare number or `true`/`false` is refused rather than turned into text: that is what a YAML
    /// 1.2 tool or the JSON Schema would make of it, and quoting it says "yes, I mean the text".
    func text(what: String, example: String) -> String? {
        guard case .scalar(let scalar) = node else {
            reportMismatch(expected: "\(what) written as text", fix: "write it on one line after the key, e.g. \(example)")
            return nil
        }
        if !scalar.isExplicitText, PlainScalar(scalar.string) != .string {
            guard !scalar.isNull else {
                report("\(what) is empty", fix: "write it after the key, e.g. \(example), or delete the line")
                return nil
            }
            reportMismatch(expected: "\(what) written as text", fix: "if you mean the text, put it in quotes: \"\(scalar.string)\"")
            return nil
        }
        let folded = TextFolding.fold(scalar.string)
        guard !folded.isEmpty else {
            report("\(what) is empty", fix: "write it after the key, e.g. \(example), or delete the line")
            return nil
        }
        context.remember(folded, at: mark, path: path)
        return folded
    }

    /// One sentence in a child's own words: kept verbatim apart from trimming the ends and folding
    /// line breaks.
    func sentence() -> String? {
        switch node {
        case .scalar(let scalar) where scalar.isNull:
            // `- #1 worry` is a comment to YAML, leaving the item empty.
            let rest = context.restOfLine(from: mark)?.trimmingWhitespace() ?? ""
            if rest.hasPrefix("#") {
                report("this sentence is empty, because YAML reads text after '#' as a comment",
                       fix: "put the sentence in quotes: - \"\(NodeShape.excerpt(rest))\"")
            } else {
                report("this sentence is empty", fix: "write the child's words after the '- ', or delete the line")
            }
            return nil
        case .scalar(let scalar):
            if !scalar.isExplicitText, PlainScalar(scalar.string) != .string {
                reportMismatch(
                    expected: "a sentence",
                    fix: "if this is the text meant, put it in quotes: - \"\(scalar.string)\"")
                return nil
            }
            let folded = TextFolding.fold(scalar.string)
            guard !folded.isEmpty else {
                report("this sentence is empty", fix: "write the child's words after the '- ', or delete the line")
                return nil
            }
            context.remember(folded, at: mark, path: path)
            return folded
        case .mapping(let mapping):
            // `- Mum said: no` is a sentence to its writer but a key and value to YAML.
            if mapping.count == 1, let pair = mapping.first, let key = pair.key.scalar?.string, let value = pair.value.scalar?.string {
                let sentence = value.isEmpty ? "\(key):" : "\(key): \(value)"
                report(
                    "expected a sentence, found '\(NodeShape.excerpt(sentence))', which YAML reads as a 'key: value' pair because of the ': '",
                    fix: "put the whole sentence in quotes: - \"\(sentence)\"")
            } else {
                reportMismatch(expected: "a sentence", fix: "write each sentence on its own line starting with '- '; put a sentence containing ': ' in quotes")
            }
            return nil
        case .sequence:
            reportMismatch(expected: "a sentence", fix: "a list inside a list is not needed: write each sentence on its own line starting with '- '")
            return nil
        case .alias:
            reportMismatch(expected: "a sentence", fix: nil)
            return nil
        }
    }

    /// A list of sentences in a child's own words (`worries`, `dreams`…) or of prompts.
    func sentences(what: String) -> [String]? {
        if case .text = shape {
            report("expected a list of \(what), found a single sentence", fix: "put each sentence on its own line starting with '- '")
            return nil
        }
        let items = list(
            expected: "a list of \(what)",
            whenSingle: "put each sentence on its own line starting with '- '",
            whenMapping: "start each sentence with '- '; put a sentence containing ': ' in quotes")
        guard let items else { return nil }
        let read = items.map { $0.sentence() }
        let sentences = read.compactMap { $0 }
        return sentences.count == read.count ? sentences : nil
    }

    /// A short handle such as a child's id: text with no spaces inside.
    func identifier(what: String, example: String) -> String? {
        guard let text = text(what: what, example: example) else { return nil }
        guard !text.contains(where: \.isWhitespace) else {
            let joined = text.split(whereSeparator: \.isWhitespace).joined(separator: "-")
            report("\(what) must be one word without spaces, found '\(NodeShape.excerpt(text))'", fix: "join the words, e.g. '\(NodeShape.excerpt(joined))'")
            return nil
        }
        return text
    }
}
