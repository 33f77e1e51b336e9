import Yams

/// Reads `disputes:`, facts people disagree about, told without taking sides:
///
/// ```yaml
/// disputes:
///   - about: How Leo's arm was burnt
///     says:
///       mum: Leo pulled the pan off the cooker himself.
///       doctor: { text: The burn is not from a pan pulled down., child: The doctors think it happened another way. }
///     decided:
///       by: judge
///       text: The judge decided that Leo was burnt because nobody was watching him.
///       child: The judge decided Leo got hurt because no grown-up was looking after him.
/// ```
///
/// Who says and who decided are ids of children or people, or role words (`doctor`, `judge`…).
enum DisputesDecoder {
    static func decode(_ reader: NodeReader, references: CaseReferences) -> [Dispute]? {
        let items = reader.list(
            expected: "a list of disputes",
            whenSingle: "write each dispute as lines under 'disputes:', the first starting with '- ', e.g. '- about: how Leo was hurt'",
            whenMapping: "start each dispute with '- ' (a dash and a space), e.g. '- about: how Leo was hurt', and indent its other lines to match")
        return items?.compactMap { decodeDispute($0, references: references) }
    }

    private static func decodeDispute(_ item: NodeReader, references: CaseReferences) -> Dispute? {
        item.mapping(
            object: "dispute",
            expected: "a dispute, written as lines like 'about:', 'says:' and 'decided:'",
            fix: "start the dispute with '- about: …', then 'says:' with one line per person, indented to match"
        ) { map -> Dispute? in
            let about = map.required("about", what: "what the dispute is about", example: "about: How Leo was hurt")
                .flatMap {
                    StatementDecoder.decode(
                        $0, kind: .wording, references: references, inList: false,
                        what: "what the dispute is about", example: "'about: How Leo was hurt'")
                }
            let says = map.required(
                "says", what: "what each person says", example: "says:",
                fix: "add 'says:' with one line per person under it: their id, then what they say, e.g. 'mum: Leo pulled the pan down'")
                .flatMap { decodeSays($0, references: references) }
            let decided = map.optional("decided").flatMap { decodeDecided($0, references: references) }
            let picture = map.optional("picture").flatMap(references.picture)
            guard let about, let says else { return nil }
            return Dispute(about: about, says: says, decided: decided, picture: picture, location: item.location)
        } ?? nil
    }

    /// `says:`, one line per person: `mum: what Mum says`, or `mum: { text: …, child: … }`.
    private static func decodeSays(_ reader: NodeReader, references: CaseReferences) -> [Statement]? {
        let example = "'mum: Leo pulled the pan down'"
        guard case .mapping(let mapping) = reader.node else {
            reader.reportMismatch(
                expected: "what each person says, written as 'id: what they say' lines",
                fix: "put one line per person under 'says:', their id then what they say, e.g. \(example)")
            return nil
        }
        guard !mapping.isEmpty else {
            reader.report("nobody's view is written", fix: "add one line per person under 'says:', e.g. \(example)")
            return nil
        }
        var views: [Statement] = []
        for pair in mapping {
            let keyReader = NodeReader(node: pair.key, path: reader.path, context: reader.context, keyMark: pair.key.mark)
            guard case .scalar(let scalar) = pair.key else {
                keyReader.reportMismatch(expected: "the id of who says it", fix: "write the person's id then what they say, e.g. \(example)")
                continue
            }
            let who = scalar.string
            let path = reader.path.appending(key: NodeShape.excerpt(who))
            let idReader = NodeReader(node: pair.key, path: path, context: reader.context, keyMark: pair.key.mark)
            let known: Bool
            if who.contains(where: \.isWhitespace) {
                let joined = who.split(whereSeparator: \.isWhitespace).joined(separator: "-")
                idReader.report(
                    "'\(NodeShape.excerpt(who))' is not an id: an id is one word without spaces",
                    fix: "write the person's id, e.g. 'mum:', or a role word such as 'doctor:' ('\(NodeShape.excerpt(joined))' if that is an id)")
                known = false
            } else {
                known = references.check(who, at: idReader, allowing: .anyoneOrRole)
            }
            let value = NodeReader(node: pair.value, path: path, context: reader.context, keyMark: pair.key.mark)
            guard !value.node.isNull else {
                value.report("what '\(NodeShape.excerpt(who))' says is empty", fix: "write what they say after '\(NodeShape.excerpt(who)):', or delete the line")
                continue
            }
            let view = StatementDecoder.decode(
                value, kind: .wording, references: references, inList: false,
                what: "what '\(NodeShape.excerpt(who))' says", example: "'\(NodeShape.excerpt(who)): Leo pulled the pan down'")
            guard known, var view else { continue }
            view.who = [who]
            views.append(view)
        }
        return views
    }

    /// `decided:` with `by:` and the words of the decision.
    private static func decodeDecided(_ reader: NodeReader, references: CaseReferences) -> Statement? {
        reader.mapping(
            object: "decided",
            expected: "who decided and what, written as lines like 'by: judge' and 'text: The judge decided …'",
            fix: "put 'by:' (an id or a role word such as 'judge') and 'text:' (what was decided) on their own lines under 'decided:', indented"
        ) { map -> Statement? in
            let byReader = map.required("by", what: "who decided", example: "by: judge")
            let by = byReader?.identifier(what: "who decided", example: "'by: judge'")
            if let by, let byReader {
                references.check(by, at: byReader, allowing: .anyoneOrRole)
            }
            let text = map.required("text", what: "what was decided", example: "text: The judge decided …")?
                .text(what: "what was decided", example: "'text: The judge decided that …'")
            let childReader = map.optional("child")
            let child = childReader.flatMap { StatementDecoder.childWording($0, references: references) }
            guard let by, let text else { return nil }
            return Statement(
                text, child: child, who: [by], location: reader.location,
                childLocation: child == nil ? nil : childReader?.location, keyPath: reader.path.description)
        } ?? nil
    }
}
