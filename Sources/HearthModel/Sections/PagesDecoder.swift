import Yams

/// Reads `pages:`, a worker's changes to the booklet's sections, keyed by section name:
///
/// ```yaml
/// pages:
///   what_happened:
///     text:
///       - One night Mummy was very poorly and could not wake up.
///       - Leo hurt his arm on the cooker.
///     picture: at_hospital
///   review:
///     skip: yes
/// ```
///
/// The sentences are the child's words, kept verbatim like a Three Houses interview's.
enum PagesDecoder {
    static func decode(_ reader: NodeReader, references: CaseReferences) -> [BookletSection: PageOverride]? {
        reader.mapping(
            object: "pages",
            expected: "the booklet's sections by name, such as 'cover:' or 'what_happened:', each with its changes under it",
            fix: "put each section's name on its own line under 'pages:', with 'text:', 'picture:' or 'skip: yes' under it, indented"
        ) { map in
            var pages: [BookletSection: PageOverride] = [:]
            for section in BookletSection.allCases {
                guard let value = map.optional(section.rawValue) else { continue }
                if let page = decodePage(value, section: section, references: references) {
                    pages[section] = page
                }
            }
            return pages
        }
    }

    private static func decodePage(_ reader: NodeReader, section: BookletSection, references: CaseReferences) -> PageOverride? {
        let name = section.rawValue
        guard case .mapping(let mapping) = reader.node else {
            let fix: String
            if case .scalar(let scalar) = reader.node, ["skip", "no", "false", "off"].contains(scalar.string.lowercased()) {
                fix = "to leave the section out, write '\(name): { skip: yes }'"
            } else {
                fix = "put 'text:' (a list of sentences), 'picture:' or 'skip: yes' on their own lines under '\(name):', indented"
            }
            reader.reportMismatch(expected: "changes to the '\(name)' page, written as lines like 'text:' and 'picture:'", fix: fix)
            return nil
        }
        guard !mapping.isEmpty else {
            reader.report(
                "nothing is written for the '\(name)' page",
                fix: "add 'text:', 'picture:' or 'skip: yes' under '\(name):', or delete the line")
            return nil
        }
        return reader.mapping(
            object: "page",
            expected: "changes to a page",
            fix: "put 'text:', 'picture:' or 'skip: yes' under the section's name, indented"
        ) { map -> PageOverride? in
            let textReader = map.optional("text")
            let text = textReader?.sentences(what: "sentences") ?? []
            let picture = map.optional("picture").flatMap(references.picture)
            let skipReader = map.optional("skip")
            let skip = skipReader?.flag(what: "leaving the page out") ?? false
            if skip, let skipReader, textReader != nil || map.optional("picture") != nil {
                skipReader.report(
                    "'skip: yes' leaves the '\(name)' page out, so its 'text' and 'picture' would never be printed",
                    fix: "delete 'skip: yes' to print the page with your words, or delete its 'text' and 'picture'")
            }
            let locations = textReader?.node.sequence.map { items in items.map { reader.context.location(of: $0.mark) } } ?? []
            return PageOverride(text: text, picture: picture, skip: skip, location: reader.location, textLocations: locations)
        } ?? nil
    }
}
