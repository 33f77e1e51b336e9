import Yams

/// Reads `fairy_wizard:`, the Fairy/Wizard sessions: the child's words verbatim, wish by wish, the helper the child
/// chose and any drawings.
///
/// ```yaml
/// fairy_wizard:
///   - child: leo
///     helper: wizard
///     take_away: [the shouting]
///     keep: [my nana, Biscuit]
///     make_happen: [Mummy feels better]
/// ```
enum FairyWizardDecoder {
    static func decode(_ reader: NodeReader, references: CaseReferences) -> [FairyWizardInterview]? {
        let items = reader.list(
            expected: "a list of Fairy/Wizard sessions",
            whenSingle: "write each session as lines under 'fairy_wizard:', the first starting with '- ', e.g. '- child: leo'",
            whenMapping: "start each session with '- ' (a dash and a space), e.g. '- child: leo', and indent its other lines to match")
        return items?.compactMap { decodeSession($0, references: references) }
    }

    private static func decodeSession(_ item: NodeReader, references: CaseReferences) -> FairyWizardInterview? {
        item.mapping(
            object: "fairy_wizard",
            expected: "a Fairy/Wizard session, written as lines like 'child: leo' and 'take_away:'",
            fix: "start the session with '- child: leo' and put its other lines below, indented to match"
        ) { map -> FairyWizardInterview? in
            let childReader = map.required("child", what: "the child this session is with", example: "child: leo")
            let child = childReader?.identifier(what: "the child's id", example: "'child: leo'")
            if let child, let childReader { references.check(child, at: childReader, allowing: .child) }
            var words: [MagicWish: [String]] = [:]
            var locations: [MagicWish: [SourceLocation?]] = [:]
            for wish in MagicWish.allCases {
                guard let reader = map.optional(wish.rawValue) else { continue }
                words[wish] = reader.sentences(what: "sentences") ?? []
                if let list = reader.node.sequence { locations[wish] = list.map { reader.context.location(of: $0.mark) } }
            }
            let session = FairyWizardInterview(
                child: child ?? "",
                date: map.optional("date")?.date(what: "the session date"),
                recordedBy: map.optional("recorded_by")?.text(what: "who wrote the words down", example: "'recorded_by: Sam Jones'"),
                language: map.optional("language").flatMap(OutputDecoder.decodeLanguage),
                questions: map.optional("questions")?.sentences(what: "questions") ?? [],
                helper: map.optional("helper")?.choice(MagicHelper.self, what: "the helper the child chose") ?? .fairy,
                takeAway: words[.takeAway] ?? [], keep: words[.keep] ?? [], makeHappen: words[.makeHappen] ?? [],
                drawings: map.optional("drawings").flatMap(drawings) ?? [:],
                location: item.location, wordLocations: locations)
            return child == nil ? nil : session
        } ?? nil
    }

    private static func drawings(_ reader: NodeReader) -> [MagicWish: DrawingRef]? {
        reader.mapping(
            object: "fairy_wizard_drawings",
            expected: "one picture file per wish, written as lines like 'keep: leo-keep.png'",
            fix: "put 'take_away:', 'keep:' or 'make_happen:' lines under 'drawings:', each with a picture file name"
        ) { map in
            var out: [MagicWish: DrawingRef] = [:]
            for wish in MagicWish.allCases {
                guard let value = map.optional(wish.rawValue) else { continue }
                out[wish] = DrawingsDecoder.drawing(value)
            }
            return out
        }
    }
}
