import Yams

/// Reads `output:`, which documents to make and how.
enum OutputDecoder {
    static func decode(_ reader: NodeReader) -> OutputChoices? {
        reader.mapping(
            object: "output",
            expected: "lines like 'documents:', 'paper: a4' and 'language: en-GB'",
            fix: "put 'documents:', 'paper:', 'language:' and 'age_band:' on their own lines under 'output:', indented"
        ) { map in
            var output = OutputChoices()
            if let documents = map.optional("documents").flatMap(decodeDocuments) {
                output.documents = documents
            }
            output.paper = map.optional("paper")?.choice(Paper.self, what: "the paper")
            if let reader = map.optional("language"), let main = decodeMainLanguage(reader) {
                output.language = main.code
                output.notes += main.note.map { [$0] } ?? []
            }
            output.strings = map.optional("strings").flatMap(decodeStrings) ?? []
            output.ageBand = map.optional("age_band")?.choice(AgeBand.self, what: "the age band")
            return output
        }
    }

    private static func decodeDocuments(_ reader: NodeReader) -> [DocumentKind]? {
        let items = reader.list(
            expected: "a list of documents",
            whenSingle: "put each document on its own line starting with '- ', e.g. '- three-houses'",
            whenMapping: "put each document on its own line starting with '- ', e.g. '- three-houses'")
        guard let items else { return nil }
        guard !items.isEmpty else {
            reader.report("the list of documents is empty", fix: "add '- three-houses' below 'documents:', or delete 'documents:' to get the default")
            return nil
        }
        var documents: [DocumentKind] = []
        for item in items {
            guard let kind = item.choice(DocumentKind.self, what: "a document", planned: CaseFileSchema.plannedDocumentKinds) else { continue }
            // Remembered with its line, so a document the rest of the case cannot fill is refused where it is asked for.
            item.context.remember(kind.rawValue, at: item.mark, path: item.path)
            if documents.contains(kind) {
                item.report("'\(kind.rawValue)' is listed more than once", fix: "delete the repeated line")
            } else {
                documents.append(kind)
            }
        }
        return documents.count == items.count ? documents : nil
    }

    /// The language of the documents' fixed words: one Hearth has words for, matched as ``Languages/match(_:)``
    /// says, with a note when part of the code was dropped.
    static func decodeMainLanguage(_ reader: NodeReader) -> (code: String, note: Diagnostic?)? {
        guard let text = decodeLanguage(reader) else { return nil }
        switch Languages.match(text) {
        case .language(let language, let note):
            return (language.code, note.map { Diagnostic(location: reader.location, keyPath: reader.path.description, message: $0, fix: nil) })
        case .otherScript(let language, let asked):
            reader.report(
                "Hearth's \(language.englishName) words are written in \(scriptName(language.script)), not \(scriptName(asked))",
                fix: "write 'language: \(language.code)' if the family reads \(scriptName(language.script)); "
                    + "the languages Hearth has words for are \(Languages.list)")
            return nil
        case .unknown:
            reader.report(
                "Hearth has no words in '\(NodeShape.excerpt(text))' yet",
                fix: "write one of \(Languages.list); the child's own words can be in any language (say which "
                    + "with 'language:' on the interview)")
            return nil
        }
    }

    private static func scriptName(_ code: String) -> String {
        switch code.lowercased() {
        case "latn": "Latin letters"
        case "arab": "Arabic script (Shahmukhi)"
        case "guru": "Gurmukhi"
        case "deva": "Devanagari"
        case "beng": "Bengali script"
        case "gujr": "Gujarati script"
        default: "the script '\(code)'"
        }
    }

    /// `strings:`: key → the case's own words for that fixed word. Whether the keys exist and the words keep
    /// their placeholders is checked when composing, against the strings file.
    static func decodeStrings(_ reader: NodeReader) -> [StringOverride]? {
        guard let mapping = reader.node.mapping else {
            reader.reportMismatch(
                expected: "lines like 'house.worries: Worry House'",
                fix: "put each word to change on its own line under 'strings:', indented: its name, ':', then your words")
            return nil
        }
        var out: [StringOverride] = []
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.scalar?.string, !key.isEmpty else {
                reader.context.report(
                    at: keyNode.mark, path: reader.path, "the name of a fixed word must be plain text, such as 'house.worries'",
                    fix: "write the name as it is in Assets/strings/en-GB.yaml, then ':', then your words")
                continue
            }
            let value = NodeReader(node: valueNode, path: reader.path.appending(key: key), context: reader.context, keyMark: keyNode.mark)
            guard let text = value.text(what: "the words for '\(NodeShape.excerpt(key))'", example: "'\(key): …'") else { continue }
            out.append(StringOverride(key: key, text: text, location: value.location, keyPath: value.path.description))
        }
        return out
    }

    static func decodeLanguage(_ reader: NodeReader) -> String? {
        guard let text = reader.text(what: "the language", example: "'language: en-GB'") else { return nil }
        guard LanguageTag.isWellFormed(text) else {
            let suggestion = LanguageTag.code(forName: text).map { "did you mean '\($0)'? " } ?? ""
            reader.report(
                "'\(NodeShape.excerpt(text))' is not a language code",
                fix: "\(suggestion)write a code such as 'en-GB' (English), 'cy' (Welsh), 'pl' (Polish) or 'ur' (Urdu)")
            return nil
        }
        return text
    }
}
