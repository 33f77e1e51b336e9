import HearthLooks

/// Reads `people:`, the other people in the children's lives: family, carers and professionals.
///
/// Ids are recorded for the shared check against the children's (see ``IdentifierRegistry``); looks are
/// resolved once the whole case is read (see ``LooksDescription/resolve(_:)``).
enum PeopleDecoder {
    static func decode(_ reader: NodeReader) -> Roster<Person>? {
        let items = reader.list(
            expected: "a list of people",
            whenSingle: "write each person as lines under 'people:', the first starting with '- ', e.g. '- id: mum'",
            whenMapping: "start each person with '- ' (a dash and a space), e.g. '- id: mum', and indent its other lines to match")
        guard let items else { return nil }
        return Roster(items, kind: .person, entry: decodePerson)
    }

    private static func decodePerson(_ item: NodeReader) -> Roster<Person>.Entry? {
        item.mapping(
            object: "person",
            expected: "a person, written as lines like 'id: mum' and 'name: Anna Kowalska'",
            fix: "start the person with '- id: mum' and put 'name: …' on the next line, indented to match"
        ) { map in
            let idReader = map.required("id", what: "the person's id", example: "id: mum")
            let id = idReader?.identifier(what: "the person's id", example: "'id: mum'")
            let name = map.required("name", what: "the person's name", example: "name: Anna Kowalska")?
                .text(what: "the person's name", example: "'name: Anna Kowalska'")
            let called = map.optional("called")?.text(what: "what the child calls them", example: "'called: Mummy'")
            let relation = map.optional("relation")?.text(what: "who they are to the child", example: "'relation: mum'")
            let role = map.optional("role")?.choice(Role.self, what: "a role")
            let looksReader = map.optional("looks")
            let looks = looksReader.flatMap(LooksDecoder.decode)
            let network = map.optional("network")?.flag(what: "whether they are in the safety network")
            let notSafeReader = map.optional("not_safe")
            let notSafe = notSafeReader?.flag(what: "whether the child is not safe with them")
            let family = map.optional("family")?.flag(what: "whether they are the child's family")
            let isPrivate = map.optional("private")?.flag(what: "whether their full name must stay out of the child's documents")
            if network == true, notSafe == true, let notSafeReader {
                notSafeReader.report(
                    "someone the child is not safe with cannot be in the safety network",
                    fix: "write 'network: no' or 'not_safe: no', whichever is true")
            }
            let person = id.flatMap { id in
                name.map {
                    Person(
                        id: id, name: $0, called: called, relation: relation, role: role,
                        network: network ?? false, notSafe: notSafe ?? false, isPrivate: isPrivate ?? false,
                        family: family, location: item.location)
                }
            }
            let failed = looksReader != nil && looks == nil
            return Roster<Person>.Entry(id: id, idReader: id == nil ? nil : idReader, value: failed ? nil : person, looks: looks)
        }
    }
}
