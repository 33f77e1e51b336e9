import Yams

/// Decodes the top level of a case file and hands each section to its own decoder.
///
/// A future section (`people`, `map`…) is one more `optional(...)` line here and one more file in
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
            let interviews = map.optional("three_houses")
                .flatMap { ThreeHousesDecoder.decode($0, childIDs: children?.ids) } ?? []
            let output = map.optional("output").flatMap(OutputDecoder.decode) ?? OutputChoices()
            return CaseFile(
                schemaVersion: version,
                author: caseInfo?.author,
                title: caseInfo?.title,
                children: children?.children ?? [],
                threeHouses: interviews,
                output: output)
        }
    }
}
