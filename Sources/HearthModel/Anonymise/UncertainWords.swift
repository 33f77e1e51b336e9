import Yams

/// What `hearth anonymise` cannot be sure of in its own copy: a capitalised word inside a sentence that is not a
/// name it replaced, nor a word of ordinary writing (it may be a name, a town or a shop), and a long number that is
/// not a date or a drama number. Each is a warning at its line in the copy, for the trainer to check by hand.
struct UncertainWords {
    let names: NameMap
    let book: ReplacementBook

    func warnings(in text: String, file: String) -> [Diagnostic] {
        guard let root = try? Yams.compose(yaml: text, .basic) else { return [] }
        var out: [Diagnostic] = []
        visit(root, path: "", key: nil) { node, path in
            guard let s = node.string, let mark = node.mark else { return }
            let at = SourceLocation(file: file, line: mark.line, column: mark.column)
            for word in uncertainWords(in: s) {
                out.append(Diagnostic(
                    location: at, keyPath: path, message: "'\(Excerpt.of(word))' may be a name or a place that identifies the family",
                    fix: "if it is, change it by hand to a made-up one (it is kept as written)"))
            }
            for number in longNumbers(in: s) {
                out.append(Diagnostic(
                    location: at, keyPath: path, message: "the number \(Excerpt.of(number)) may identify the family (a case or house number)",
                    fix: "if it does, change it by hand"))
            }
        }
        return out
    }

    func visit(_ node: Node, path: String, key: String?, _ body: (Node, String) -> Void) {
        switch node {
        case .mapping(let m):
            for (k, v) in m {
                let name = k.string ?? ""
                guard !Anonymiser.vocabularyKeys.contains(name) else { continue }
                visit(v, path: path.isEmpty ? name : "\(path).\(name)", key: name, body)
            }
        case .sequence(let s):
            for (i, item) in s.enumerated() { visit(item, path: "\(path)[\(i)]", key: key, body) }
        case .scalar:
            body(node, path)
        case .alias:
            break
        }
    }

    /// Capitalised words not at the start of a sentence that nothing accounts for.
    func uncertainWords(in text: String) -> [String] {
        let replacements = Set(names.replacementWords)
        let fictional = Set((ReplacementBook.streets + ReplacementBook.schools + ReplacementBook.places).flatMap(NameMap.words(in:)))
        var found: [String] = []
        var word = ""
        var sentenceStart = true
        func flush() {
            defer { word = "" }
            guard !word.isEmpty else { return }
            let capital = word.first!.isUppercase && word.count >= 2 && word.uppercased() != word
            if capital && !sentenceStart && !NameWords.ordinary.contains(word) && !replacements.contains(word)
                && !fictional.contains(word) && !found.contains(word) {
                found.append(word)
            }
            sentenceStart = false
        }
        for c in text {
            if c.isLetter || (c == "’" || c == "'") && !word.isEmpty {
                word.append(c)
            } else {
                if word.hasSuffix("’") || word.hasSuffix("'") { word.removeLast() }
                let w = word.hasSuffix("’s") || word.hasSuffix("'s") ? String(word.dropLast(2)) : word
                word = w
                flush()
                if ".!?:;\n•-–—\"“(".contains(c) { sentenceStart = true }
                if c.isNumber { sentenceStart = false }
            }
        }
        if word.hasSuffix("’s") || word.hasSuffix("'s") { word = String(word.dropLast(2)) }
        flush()
        return found
    }

    nonisolated(unsafe) static let digitRun = #/\d[\d ]{3,}\d/#

    /// Runs of five or more digits (spaces allowed inside) that are not a drama number, a helpline or a date.
    func longNumbers(in text: String) -> [String] {
        var out: [String] = []
        for match in text.matches(of: Self.digitRun) {
            let s = String(text[match.range])
            let digits = s.filter(\.isNumber)
            guard digits.count >= 5 else { continue }
            if s.hasPrefix("07700 900") || s.hasPrefix("020 7946 0") || IdentifyingPatterns.helplines.contains(digits) { continue }
            if text[match.range.upperBound...].hasPrefix("-") || text[..<match.range.lowerBound].hasSuffix("-") { continue }
            out.append(s)
        }
        return out
    }
}

extension NameMap {
    /// Every fictional name given out.
    var replacementWords: [String] { order.compactMap { self[$0] } }
}
