import Yams

/// Reads `safety_circles:`, who sits in which ring of a child's safety circles.
///
/// ```yaml
/// safety_circles:
///   - child: mia
///     live_with: [mum]
///     see_a_lot: [nanna-pat, grandad-ray]
///     help: [sam, mrs-okafor]
/// ```
/// Each person sits in one ring only, and never someone the child is not safe with.
enum SafetyCirclesDecoder {
    static func decode(_ reader: NodeReader, references: CaseReferences) -> [SafetyCirclesMap]? {
        let items = reader.list(
            expected: "a list of safety circles",
            whenSingle: "write each child's circles as lines under 'safety_circles:', the first starting with '- ', e.g. '- child: mia'",
            whenMapping: "start each child's circles with '- ' (a dash and a space), e.g. '- child: mia', and indent its other lines to match")
        return items?.compactMap { decodeMap($0, references: references) }
    }

    private static func decodeMap(_ item: NodeReader, references: CaseReferences) -> SafetyCirclesMap? {
        item.mapping(
            object: "safety_circles",
            expected: "a child's safety circles, written as lines like 'child: mia' and 'live_with: [mum]'",
            fix: "start with '- child: mia' and put 'live_with:', 'see_a_lot:' and 'help:' lines below, indented to match"
        ) { map -> SafetyCirclesMap? in
            let childReader = map.required("child", what: "the child at the centre", example: "child: mia")
            let child = childReader?.identifier(what: "the child's id", example: "'child: mia'")
            if let child, let childReader { references.check(child, at: childReader, allowing: .child) }
            var seen: Set<String> = []
            var rings: [SafetyRing: [String]] = [:]
            for ring in SafetyRing.allCases {
                guard let reader = map.optional(ring.rawValue) else { continue }
                let read = references.ids(reader, allowing: .anyone, example: "\(ring.rawValue): [mum, nanna-pat]")
                rings[ring] = SafetyHouseDecoder.safePeople(read, references).filter { id in
                    guard !seen.insert(id).inserted, let at = read.first(where: { $0.id == id })?.reader else { return true }
                    at.report("'\(id)' is already in a closer ring", fix: "put each person in one ring only, the closest that fits")
                    return false
                }
            }
            let circles = SafetyCirclesMap(
                child: child ?? "", date: map.optional("date")?.date(what: "the date of the safety circles"),
                liveWith: rings[.liveWith] ?? [], seeALot: rings[.seeALot] ?? [], help: rings[.help] ?? [],
                location: item.location)
            return child == nil ? nil : circles
        } ?? nil
    }
}
