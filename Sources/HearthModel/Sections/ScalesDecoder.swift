/// Reads `scales:`, safety scale scores: who gave which score from 0 to 10, and when.
///
/// ```yaml
/// scales:
///   - who: mum
///     score: 6
///     date: 2026-03-14
///     about: Mum's drinking
///     zero: Mia and Leo cannot live with Mum now
///     ten: everyone is sure Mia and Leo are safe at home
/// ```
enum ScalesDecoder {
    static func decode(_ reader: NodeReader, references: CaseReferences) -> [ScaleScore]? {
        let items = reader.list(
            expected: "a list of scale scores",
            whenSingle: "write each score as lines under 'scales:', the first starting with '- ', e.g. '- who: mum'",
            whenMapping: "start each score with '- ' (a dash and a space), e.g. '- who: mum', and indent its other lines to match")
        return items?.compactMap { decodeScore($0, references: references) }
    }

    private static func decodeScore(_ item: NodeReader, references: CaseReferences) -> ScaleScore? {
        item.mapping(
            object: "scale",
            expected: "a scale score, written as lines like 'who: mum' and 'score: 6'",
            fix: "start the score with '- who: mum' and put 'score: 6' on the next line, indented to match"
        ) { map -> ScaleScore? in
            let whoReader = map.required("who", what: "who gave the score", example: "who: mum")
            let who = whoReader?.identifier(what: "the id of who gave the score", example: "'who: mum'")
            if let who, let whoReader {
                references.check(who, at: whoReader, allowing: .anyone)
            }
            let score = map.required("score", what: "the score", example: "score: 6")?
                .wholeNumber(what: "the score", in: CaseFileSchema.scaleScores)
            let date = map.optional("date")?.date(what: "the date of the score")
            let about = map.optional("about")?.text(what: "what the scale is about", example: "'about: Mum's drinking'")
            let zero = map.optional("zero")?.text(what: "what 0 means", example: "'zero: Mia cannot live at home now'")
            let ten = map.optional("ten")?.text(what: "what 10 means", example: "'ten: everyone is sure Mia is safe at home'")
            guard let who, let score else { return nil }
            return ScaleScore(who: who, score: score, date: date, about: about, zero: zero, ten: ten, location: item.location)
        } ?? nil
    }
}
