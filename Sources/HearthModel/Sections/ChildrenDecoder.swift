/// Reads `children:`. Each child's id is recorded in an ``IdentifierRegistry``, which checks that no id
/// is used twice across children and people, since interviews and scenes refer to children by id.
enum ChildrenDecoder {
    static func decode(_ reader: NodeReader) -> Roster<Child>? {
        let items = reader.list(
            expected: "a list of children",
            whenSingle: "write each child as lines under 'children:', the first starting with '- ', e.g. '- id: mia'",
            whenMapping: "start each child with '- ' (a dash and a space), e.g. '- id: mia', and indent its other lines to match")
        guard let items else { return nil }
        guard !items.isEmpty else {
            reader.report("there are no children in this file", fix: "add at least one child under 'children:', starting with '- id: mia'")
            return nil
        }
        return Roster(items, kind: .child, entry: decodeChild)
    }

    private static func decodeChild(_ item: NodeReader) -> Roster<Child>.Entry? {
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
            let months = map.optional("age_months")?.wholeNumber(what: "the child's age in months", in: CaseFileSchema.months)
            let pronouns = map.optional("pronouns")?.text(what: "the child's pronouns", example: "'pronouns: she/her'")
            let looksReader = map.optional("looks")
            let looks = looksReader.flatMap(LooksDecoder.decode)
            let looksFailed = looksReader != nil && looks == nil
            let child = id.flatMap { id in
                name.map { Child(id: id, name: $0, called: called, age: age, ageMonths: months, pronouns: pronouns) }
            }
            return Roster<Child>.Entry(id: id, idReader: id == nil ? nil : idReader, value: looksFailed ? nil : child, looks: looks)
        }
    }
}
