/// Reads `children:`, and checks that each child's id is used only once, since interviews and later
/// sections refer to children by id.
enum ChildrenDecoder {
    struct Decoded {
        var children: [Child]
        /// Every valid id found, even for a child with other problems, so references to that child
        /// are not also reported as wrong.
        var ids: [String]
    }

    static func decode(_ reader: NodeReader) -> Decoded? {
        let items = reader.list(
            expected: "a list of children",
            whenSingle: "write each child as lines under 'children:', the first starting with '- ', e.g. '- id: mia'",
            whenMapping: "start each child with '- ' (a dash and a space), e.g. '- id: mia', and indent its other lines to match")
        guard let items else { return nil }
        guard !items.isEmpty else {
            reader.report("there are no children in this file", fix: "add at least one child under 'children:', starting with '- id: mia'")
            return nil
        }
        var children: [Child] = []
        var firstUse: [String: (child: FieldPath, id: NodeReader)] = [:]
        for item in items {
            guard let decoded = decodeChild(item) else { continue }
            if let id = decoded.id, let idReader = decoded.idReader {
                if let earlier = firstUse[id] {
                    let line = earlier.id.location.map { " on line \($0.line)" } ?? ""
                    idReader.report(
                        "the id '\(id)' is already used by \(earlier.child)\(line)",
                        fix: "give each child a different id, e.g. '\(id)-2'")
                } else {
                    firstUse[id] = (item.path, idReader)
                }
            }
            if let child = decoded.child { children.append(child) }
        }
        return Decoded(children: children, ids: Array(firstUse.keys))
    }

    private struct DecodedChild {
        var id: String?
        var idReader: NodeReader?
        var child: Child?
    }

    private static func decodeChild(_ item: NodeReader) -> DecodedChild? {
        item.mapping(
            object: "child",
            expected: "a child, written as lines like 'id: mia' and 'name: Mia Smith'",
            fix: "start the child with '- id: mia' and put 'name: …' on the next line, indented to match"
        ) { map in
            let idReader = map.required("id", what: "the child's id", example: "id: mia")
            let id = idReader?.identifier(what: "the child's id", example: "'id: mia'")
            let name = map.required("name", what: "the child's name", example: "name: Mia Smith")?
                .text(what: "the child's name", example: "'name: Mia Smith'")
            let called = map.optional("called")?.text(what: "the name the child likes to be called", example: "'called: Mimi'")
            let age = map.optional("age")?.wholeNumber(what: "the child's age", in: CaseFileSchema.ages)
            let pronouns = map.optional("pronouns")?.text(what: "the child's pronouns", example: "'pronouns: she/her'")
            let child = id.flatMap { id in
                name.map { Child(id: id, name: $0, called: called, age: age, pronouns: pronouns) }
            }
            return DecodedChild(id: id, idReader: id == nil ? nil : idReader, child: child)
        }
    }
}
