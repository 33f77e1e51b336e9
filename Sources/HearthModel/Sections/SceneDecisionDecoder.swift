import Yams

/// Reads a scene's `decided:`: the arrangement a decision made, as the people together now and where.
///
/// ```yaml
/// decided: { people: [mei, kai, jen, harjit], where: home, by: judge }
/// decided: [mei, kai, jen, harjit]      # the people alone: together at home
/// ```
///
/// Every person is a child or person of the case (a role word is nobody a child would know there); `by` is someone in
/// the picture. Unknown ids get a did-you-mean, like the picture's other people.
extension SceneDescriptionDecoder {
    static func decodeDecision(_ reader: NodeReader, knownIDs: [String]?, cast: [String]) -> DecisionDescription? {
        if case .sequence = reader.node {
            let people = decisionPeople(reader, knownIDs: knownIDs)
            return people.isEmpty ? nil : DecisionDescription(people: people, location: reader.location)
        }
        let decided = reader.mapping(
            object: "scene_decided",
            expected: "what was decided, written as 'people: [mei, jen]' and 'where: home'",
            fix: "write 'decided: {people: [mei, kai, jen], where: home}': who is together now, and where"
        ) { map -> DecisionDescription? in
            guard let peopleReader = map.required("people", what: "who is together now", example: "people: [mei, jen]")
            else { return nil }
            let people = decisionPeople(peopleReader, knownIDs: knownIDs)
            var place = "home"
            if let whereReader = map.optional("where"),
                let word = whereReader.identifier(what: "where they are together", example: "'where: home'")
            {
                place = word
            }
            var by: String? = nil
            if let byReader = map.optional("by"), let word = byReader.identifier(what: "who decided", example: "'by: judge'") {
                if cast.contains(word) {
                    by = word
                } else {
                    let fix = Suggestion.didYouMean(word, in: cast).map { "\($0) (the people in this picture are \(Suggestion.list(cast)))" }
                        ?? "add '\(NodeShape.excerpt(word))' to the picture's 'people:', or name someone in it"
                    byReader.report("'\(NodeShape.excerpt(word))' is not in this picture, so cannot be who decided", fix: fix)
                }
            }
            guard !people.isEmpty else { return nil }
            return DecisionDescription(people: people, place: place, by: by, location: reader.location)
        }
        return decided ?? nil
    }

    /// The children and people of the case in a decision, each once.
    private static func decisionPeople(_ reader: NodeReader, knownIDs: [String]?) -> [String] {
        let items = reader.list(
            expected: "a list of people",
            whenSingle: "put the people in square brackets, e.g. 'people: [mei, jen]'",
            whenMapping: "put the people in square brackets, e.g. 'people: [mei, jen]'") ?? []
        var out: [String] = []
        for item in items {
            guard let word = item.identifier(what: "a person's id", example: "'people: [mei, jen]'") else { continue }
            if let knownIDs, !knownIDs.contains(word) {
                let listed = knownIDs.isEmpty ? "" : " (the ids are \(Suggestion.list(knownIDs)))"
                let fix = Suggestion.didYouMean(word, in: knownIDs).map { $0 + listed }
                    ?? "name a child or person of the case\(listed)"
                item.report("there is no child or person with the id '\(NodeShape.excerpt(word))'", fix: fix)
                continue
            }
            if out.contains(word) {
                item.report("'\(word)' is already in what was decided", fix: "list each person once: delete one of them")
                continue
            }
            out.append(word)
        }
        return out
    }
}
