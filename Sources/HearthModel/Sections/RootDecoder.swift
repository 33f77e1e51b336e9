import Yams

/// Decodes the top level of a case file and hands each section to its own decoder.
///
/// A future section (`map`, `safety_plan`…) is one more `optional(...)` line here and one more file in
/// this folder, plus its key in ``CaseFileSchema``.
enum RootDecoder {
    static func decode(_ root: Node?, context: DecodeContext) -> CaseFile? {
        guard let root, !root.isNull else {
            context.report(
                Diagnostic(
                    location: SourceLocation(file: context.file, line: 1, column: 1), keyPath: "",
                    message: "the file is empty",
                    fix: "start from the template made by 'hearth new'"))
            return nil
        }
        let reader = NodeReader(node: root, path: .root, context: context)
        return reader.mapping(
            object: "root",
            expected: "'key: value' lines at the top of the file, such as 'hearth: 1' and 'children:'",
            fix: "start from the template made by 'hearth new'"
        ) { map in
            let version = map.optional("hearth").flatMap(SchemaVersionDecoder.decode) ?? CaseFileSchema.currentVersion
            let caseInfo = map.optional("case").flatMap(CaseSectionDecoder.decode)
            let children = map.required(
                "children", what: "the list of children", example: "children:",
                fix: "under a 'children:' line, add one line '  - id: mia' and one line '    name: Mia Smith' per child")
                .flatMap(ChildrenDecoder.decode)
            let peopleReader = map.optional("people")
            let people = peopleReader.flatMap(PeopleDecoder.decode)
            IdentifierRegistry.reportRepeats((children?.claims ?? []) + (people?.claims ?? []))
            let interviews = map.optional("three_houses")
                .flatMap { ThreeHousesDecoder.decode($0, childIDs: children?.ids) } ?? []
            // Scenes may name anyone; when a list could not be read, its ids are unknown, so skip the check.
            let knownIDs = children.flatMap { children in
                peopleReader == nil ? children.ids : people.map { children.ids + $0.ids }
            }
            let pictures = map.optional("pictures").flatMap { PicturesDecoder.decode($0, knownIDs: knownIDs) } ?? [:]
            let output = map.optional("output").flatMap(OutputDecoder.decode) ?? OutputChoices()
            let (resolvedChildren, resolvedPeople) = resolveLooks(children: children, people: people)
            return CaseFile(
                schemaVersion: version,
                author: caseInfo?.author,
                title: caseInfo?.title,
                children: resolvedChildren,
                people: resolvedPeople,
                threeHouses: interviews,
                pictures: pictures,
                output: output)
        }
    }

    /// Fills in everyone's looks together, so that no two undescribed people look exactly alike.
    private static func resolveLooks(
        children: ChildrenDecoder.Decoded?, people: PeopleDecoder.Decoded?
    ) -> ([Child], [Person]) {
        var resolvedChildren = children?.children ?? []
        var resolvedPeople = people?.people ?? []
        let childSubjects = zip(resolvedChildren, children?.looks ?? []).map { child, looks in
            LooksDescription.Subject(id: child.id, description: looks, defaultAge: Child.ageGroup(forAge: child.age))
        }
        let personSubjects = zip(resolvedPeople, people?.looks ?? []).map { person, looks in
            LooksDescription.Subject(id: person.id, description: looks, defaultAge: .adult, role: person.role)
        }
        let looks = LooksDescription.resolve(childSubjects + personSubjects)
        for index in resolvedChildren.indices where index < looks.count {
            resolvedChildren[index].looks = looks[index]
        }
        for index in resolvedPeople.indices where childSubjects.count + index < looks.count {
            resolvedPeople[index].looks = looks[childSubjects.count + index]
        }
        return (resolvedChildren, resolvedPeople)
    }
}
