import Yams

/// Reads statements: the entries of `map`, the safety plan's warning signs and contingencies, and the
/// wordings of disputes and network jobs. A statement is plain text, or in full:
///
/// ```yaml
/// - text: Leo was burnt by hot water while Mum was asleep.    # the professional wording
///   child: Leo hurt his arm. Mummy was poorly and could not wake up.   # agreed with the family
///   who: [mum]
///   picture: at_hospital
/// ```
///
/// Both wordings are kept verbatim apart from trimming and folding line breaks.
enum StatementDecoder {
    /// Which keys the full form allows.
    enum Kind {
        /// `text`, `child`, `who`, `picture`.
        case statement
        /// A danger statement: a statement plus `worried`.
        case worry
        /// Only `text` and `child`: the wording of a dispute's `about` or view, a rule, a network job.
        case wording

        var object: String {
            switch self {
            case .statement: "statement"
            case .worry: "worry"
            case .wording: "wording"
            }
        }
    }

    /// A list of statements, e.g. `map.harm`.
    static func list(_ reader: NodeReader, kind: Kind, what: String, references: CaseReferences) -> [Statement] {
        if case .text = reader.shape {
            reader.report(
                "expected a list of \(what), found a single statement",
                fix: "put each statement on its own line starting with '- '")
            return []
        }
        let items = reader.list(
            expected: "a list of \(what)",
            whenSingle: "put each statement on its own line starting with '- '",
            whenMapping: "start each statement with '- ' (a dash and a space); to give the child's wording, write '- text: …' with 'child: …' on the next line, indented to match")
        return (items ?? []).compactMap { decode($0, kind: kind, references: references) }
    }

    /// One statement in a list (`inList`), where a bare `- ` or `- 42` gets list-shaped fixes, or the value
    /// of a key such as `about:` or `job:`, named `what` in messages.
    /// - Parameter noun: what one item of the list is called in messages ("statement", "rule").
    static func decode(
        _ item: NodeReader, kind: Kind, references: CaseReferences, inList: Bool = true, noun: String = "statement",
        what: String = "the statement", example: String = "'text: Leo was hurt'"
    ) -> Statement? {
        switch item.node {
        case .mapping(let mapping) where mapping.isEmpty:
            item.report("\(inList ? "this \(noun)" : what) is empty", fix: "write the words, or delete the line")
            return nil
        case .mapping(let mapping):
            if isFullForm(mapping, object: kind.object) {
                return decodeFullForm(item, kind: kind, references: references)
            }
            reportKeyValueSentence(item, mapping: mapping, inList: inList, noun: noun, what: what)
            return nil
        case .scalar(let scalar):
            let text: String?
            if inList {
                text = listText(item, scalar: scalar, noun: noun)
            } else {
                text = item.text(what: what, example: example)
            }
            return text.map { Statement($0, location: item.location, keyPath: item.path.description) }
        case .sequence:
            item.reportMismatch(
                expected: inList ? "a \(noun)" : "\(what) written as text",
                fix: inList
                    ? "a list inside a list is not needed: write each \(noun) on its own line starting with '- '"
                    : "write the words on one line after the key, or 'text:' and 'child:' lines under it")
            return nil
        case .alias:
            item.reportMismatch(expected: inList ? "a \(noun)" : "\(what) written as text", fix: nil)
            return nil
        }
    }

    /// Whether a mapping is meant as the full form (`text:`, `child:`…) rather than a sentence with ': ' in it.
    static func isFullForm(_ mapping: Node.Mapping, object: String) -> Bool {
        let known = CaseFileSchema.knownKeys[object] ?? []
        let keys = mapping.compactMap(\.key.scalar?.string)
        guard mapping.count == 1, keys.count == 1, let key = keys.first else { return true }
        return known.contains(key) || Suggestion.nearest(to: key, in: known) != nil
    }

    /// `- Mum said: no` is a sentence to its writer but a key and value to YAML.
    static func reportKeyValueSentence(_ item: NodeReader, mapping: Node.Mapping, inList: Bool, noun: String, what: String) {
        guard let pair = mapping.first, let key = pair.key.scalar?.string, let value = pair.value.scalar?.string else {
            item.reportMismatch(expected: inList ? "a \(noun)" : what, fix: "put the words in quotes")
            return
        }
        let sentence = value.isEmpty ? "\(key):" : "\(key): \(value)"
        item.report(
            "expected \(inList ? "a \(noun)" : what), found '\(NodeShape.excerpt(sentence))', which YAML reads as a 'key: value' pair because of the ': '",
            fix: "put the whole \(inList ? noun : "text") in quotes: \(inList ? "- " : "")\"\(sentence)\"")
    }

    /// The plain form in a list: text, kept verbatim apart from folding.
    private static func listText(_ item: NodeReader, scalar: Node.Scalar, noun: String) -> String? {
        if scalar.isNull {
            // `- #1 worry` is a comment to YAML, leaving the item empty.
            let rest = item.context.restOfLine(from: item.mark)?.trimmingWhitespace() ?? ""
            if rest.hasPrefix("#") {
                item.report(
                    "this \(noun) is empty, because YAML reads text after '#' as a comment",
                    fix: "put the \(noun) in quotes: - \"\(NodeShape.excerpt(rest))\"")
            } else {
                item.report("this \(noun) is empty", fix: "write the \(noun) after the '- ', or delete the line")
            }
            return nil
        }
        if !scalar.isExplicitText, PlainScalar(scalar.string) != .string {
            item.reportMismatch(expected: "a \(noun)", fix: "if this is the text meant, put it in quotes: - \"\(scalar.string)\"")
            return nil
        }
        let folded = TextFolding.fold(scalar.string)
        guard !folded.isEmpty else {
            item.report("this \(noun) is empty", fix: "write the \(noun) after the '- ', or delete the line")
            return nil
        }
        item.context.remember(folded, at: item.mark, path: item.path)
        return folded
    }

    private static func decodeFullForm(_ item: NodeReader, kind: Kind, references: CaseReferences) -> Statement? {
        item.mapping(
            object: kind.object,
            expected: "a statement",
            fix: "write 'text:' with the professional wording and 'child:' with the child's wording"
        ) { map -> Statement? in
            let text = map.required(
                "text", what: "the statement's text", example: "text: Leo was hurt",
                fix: "add a line 'text: …' with the professional wording; the child's wording goes under 'child:'")?
                .text(what: "the statement's text", example: "'text: Leo was hurt'")
            let childReader = map.optional("child")
            let child = childReader.flatMap { childWording($0, references: references) }
            var who: [String] = []
            var worried: [String] = []
            var picture: SceneRef?
            if kind != .wording {
                who = map.optional("who").map { references.ids($0, allowing: .anyoneOrRole, example: "who: [mum, nana]").map(\.id) } ?? []
                picture = map.optional("picture").flatMap(references.picture)
            }
            if kind == .worry {
                worried = map.optional("worried")
                    .map { references.ids($0, allowing: .anyoneOrRole, example: "worried: [social-worker, nana]").map(\.id) } ?? []
            }
            return text.map {
                Statement(
                    $0, child: child, who: who, worried: worried, picture: picture, location: item.location,
                    childLocation: child == nil ? nil : childReader?.location, keyPath: item.path.description)
            }
        } ?? nil
    }

    /// The wording agreed with the family for the child: verbatim, like a child's words.
    static func childWording(_ reader: NodeReader, references: CaseReferences) -> String? {
        guard let words = reader.text(what: "the child's wording", example: "'child: Mummy was poorly'") else { return nil }
        if references.childIDs?.contains(words) == true {
            reader.report(
                "the child's wording is '\(NodeShape.excerpt(words))', which is a child's id",
                fix: "write here the words agreed with the family for the child, e.g. 'child: Mummy was very poorly'; to say which children the story is for, list them under 'story:' as 'children: [\(words)]'")
            return nil
        }
        return words
    }
}
