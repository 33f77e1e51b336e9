/// Reads `children:`. Each child's id is recorded in an ``IdentifierRegistry``, which checks that no id
/// is used twice across children and people, since interviews and scenes refer to children by id.
enum ChildrenDecoder {
    struct Decoded {
        /// The children read without problems, their looks not yet resolved (see ``looks``).
        var children: [Child]
        /// What the file says about each child's looks, in the order of ``children``.
        var looks: [LooksDescription]
        /// Every valid id found, even for a child with other problems, so references to that child
        /// are not also reported as wrong.
        var ids: [String]
        /// Where each id is written, for the check that ids are not repeated.
        var claims: [IdentifierRegistry.Claim]
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
        var looks: [LooksDescription] = []
        var registry = IdentifierRegistry()
        for item in items {
            guard let decoded = decodeChild(item) else { continue }
            if let id = decoded.id, let idReader = decoded.idReader {
                registry.claim(id, by: item.path, at: idReader, kind: .child)
            }
            if let child = decoded.child {
                children.append(child)
                looks.append(decoded.looks ?? LooksDescription())
            }
        }
        return Decoded(children: children, looks: looks, ids: registry.ids, claims: registry.claims)
    }

    private struct DecodedChild {
        var id: String?
        var idReader: NodeReader?
        var child: Child?
        var looks: LooksDescription?
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
            let looksReader = map.optional("looks")
            let looks = looksReader.flatMap(LooksDecoder.decode)
            let looksFailed = looksReader != nil && looks == nil
            let child = id.flatMap { id in
                name.map { Child(id: id, name: $0, called: called, age: age, pronouns: pronouns) }
            }
            return DecodedChild(id: id, idReader: id == nil ? nil : idReader, child: looksFailed ? nil : child, looks: looks)
        }
    }
}
