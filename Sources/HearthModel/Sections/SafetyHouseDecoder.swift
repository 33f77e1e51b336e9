import Yams

/// Reads `safety_house:`, the Safety Houses drawn with the children.
///
/// ```yaml
/// safety_house:
///   - child: mia
///     lives_here: [mum]
///     visits: [nanna-pat, grandad-ray]
///     rules:
///       - Nanna Pat stays when Mummy works late
///     score: 7
///     red_circle: yes     # only on the worker's copy:
///     kept_by: worker
/// ```
/// Nobody the child is not safe with may be inside the house; the red circle is refused on a copy the child keeps.
enum SafetyHouseDecoder {
    static func decode(_ reader: NodeReader, references: CaseReferences) -> [SafetyHouseSession]? {
        let items = reader.list(
            expected: "a list of Safety Houses",
            whenSingle: "write each Safety House as lines under 'safety_house:', the first starting with '- ', e.g. '- child: mia'",
            whenMapping: "start each Safety House with '- ' (a dash and a space), e.g. '- child: mia', and indent its other lines to match")
        return items?.compactMap { decodeSession($0, references: references) }
    }

    private static func decodeSession(_ item: NodeReader, references: CaseReferences) -> SafetyHouseSession? {
        item.mapping(
            object: "safety_house",
            expected: "a Safety House, written as lines like 'child: mia' and 'lives_here: [mum]'",
            fix: "start the Safety House with '- child: mia' and put its other lines below, indented to match"
        ) { map -> SafetyHouseSession? in
            let childReader = map.required("child", what: "the child whose Safety House it is", example: "child: mia")
            let child = childReader?.identifier(what: "the child's id", example: "'child: mia'")
            if let child, let childReader { references.check(child, at: childReader, allowing: .child) }
            let inside = ["lives_here", "visits"].map { key in
                map.optional(key).map { safePeople(references.ids($0, allowing: .anyone, example: "\(key): [mum, nanna-pat]"), references) } ?? []
            }
            let rulesReader = map.optional("rules")
            let redReader = map.optional("red_circle")
            let red = redReader?.flag(what: "whether to draw the red circle") ?? false
            let keptBy = map.optional("kept_by")?.choice(CopyKeeper.self, what: "who keeps this copy") ?? .child
            if red, keptBy == .child, let redReader {
                redReader.report(
                    "a copy the child keeps never shows the red circle of people the child is not safe with",
                    fix: "for the copy kept on the child's file, add 'kept_by: worker'; for the child's own copy, delete 'red_circle: yes'")
            }
            let session = SafetyHouseSession(
                child: child ?? "",
                date: map.optional("date")?.date(what: "the date the Safety House was drawn"),
                recordedBy: map.optional("recorded_by")?.text(what: "who wrote the words down", example: "'recorded_by: Sam Jones'"),
                livesHere: inside[0], visits: inside[1],
                rules: rulesReader?.sentences(what: "rules, in the child's words") ?? [],
                score: map.optional("score")?.wholeNumber(what: "the child's place on the path", in: ScaleScore.range),
                redCircle: red && keptBy == .worker, keptBy: keptBy, location: item.location,
                ruleLocations: rulesReader?.node.sequence?.map { rulesReader?.context.location(of: $0.mark) } ?? [])
            return child == nil ? nil : session
        } ?? nil
    }

    /// The ids read, reporting anyone marked `not_safe: yes`: the safe house holds only people the child is safe with.
    static func safePeople(_ read: [(id: String, reader: NodeReader)], _ references: CaseReferences) -> [String] {
        read.compactMap { id, reader in
            guard references.people[id]?.notSafe == true else { return id }
            reader.report(
                "'\(id)' is marked 'not_safe: yes', and the safe house holds only people the child is safe with",
                fix: "take '\(id)' out of this list; to show them outside in a red circle, write 'red_circle: yes' on the worker's copy")
            return nil
        }
    }
}
