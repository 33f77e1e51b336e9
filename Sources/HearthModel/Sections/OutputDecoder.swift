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
            if let language = map.optional("language").flatMap(decodeLanguage) {
                output.language = language
            }
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
