import Yams

/// Reads `three_houses:`, the Three Houses interviews, keeping the child's words verbatim and checking
/// that each interview names a child from `children`.
enum ThreeHousesDecoder {
    /// - Parameter childIDs: the ids to check `child:` against, or `nil` when the children could not
    ///   be read at all (then every reference would look wrong, which is noise, not help).
    static func decode(_ reader: NodeReader, childIDs: [String]?) -> [ThreeHousesInterview]? {
        let items = reader.list(
            expected: "a list of interviews",
            whenSingle: "write each interview as lines under 'three_houses:', the first starting with '- ', e.g. '- child: mia'",
            whenMapping: "start each interview with '- ' (a dash and a space), e.g. '- child: mia', and indent its other lines to match")
        return items?.compactMap { decodeInterview($0, childIDs: childIDs) }
    }

    private static func decodeInterview(_ item: NodeReader, childIDs: [String]?) -> ThreeHousesInterview? {
        item.mapping(
            object: "three_houses",
            expected: "an interview, written as lines like 'child: mia' and 'worries:'",
            fix: "start the interview with '- child: mia' and put its other lines below, indented to match"
        ) { map -> ThreeHousesInterview? in
            let childReader = map.required("child", what: "the child this interview is with", example: "child: mia")
            let child = childReader?.identifier(what: "the child's id", example: "'child: mia'")
            if let child, let childReader, let childIDs {
                checkReference(child, at: childReader, against: childIDs)
            }
            let interview = ThreeHousesInterview(
                child: child ?? "",
                date: map.optional("date")?.date(what: "the interview date"),
                recordedBy: map.optional("recorded_by")?.text(what: "who wrote the words down", example: "'recorded_by: Sam Jones'"),
                language: map.optional("language").flatMap(OutputDecoder.decodeLanguage),
                questions: map.optional("questions")?.sentences(what: "questions") ?? [],
                worries: words(House.worries, in: map),
                goodThings: words(House.goodThings, in: map),
                dreams: words(House.dreams, in: map),
                drawings: map.optional("drawings").flatMap(DrawingsDecoder.decode) ?? HouseDrawings(),
                location: item.location,
                wordLocations: Dictionary(
                    uniqueKeysWithValues: House.allCases.map { ($0, locations($0, in: map)) }.filter { !$0.1.isEmpty }))
            return child == nil ? nil : interview
        } ?? nil
    }

    private static func words(_ house: House, in map: MappingReader) -> [String] {
        map.optional(house.rawValue)?.sentences(what: "sentences") ?? []
    }

    /// Where each list item of a house starts; empty when the value is not a list (already reported).
    private static func locations(_ house: House, in map: MappingReader) -> [SourceLocation?] {
        guard let reader = map.optional(house.rawValue), let items = reader.node.sequence else { return [] }
        return items.map { reader.context.location(of: $0.mark) }
    }

    private static func checkReference(_ id: String, at reader: NodeReader, against ids: [String]) {
        guard !ids.contains(id) else { return }
        let known = "the children's ids are \(Suggestion.list(ids))"
        let fix = Suggestion.didYouMean(id, in: ids).map { "\($0) (\(known))" } ?? "use one of the ids from 'children:' (\(known))"
        reader.report("there is no child with the id '\(NodeShape.excerpt(id))'", fix: ids.isEmpty ? "add the child under 'children:' first" : fix)
    }
}
