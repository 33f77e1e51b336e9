/// Reads `map:`, the Signs of Safety map: six lists of statements (see ``StatementDecoder``).
enum MapDecoder {
    static func decode(_ reader: NodeReader, references: CaseReferences) -> CaseMap? {
        reader.mapping(
            object: "map",
            expected: "the map's lists, written as lines like 'harm:', 'worries:' and 'goals:'",
            fix: "put 'harm:', 'worries:', 'complicating:', 'working_well:', 'goals:' and 'next_steps:' on their own lines under 'map:', each with its statements under it starting with '- '"
        ) { map in
            func statements(_ key: String, _ what: String, kind: StatementDecoder.Kind = .statement) -> [Statement] {
                map.optional(key).map { StatementDecoder.list($0, kind: kind, what: what, references: references) } ?? []
            }
            return CaseMap(
                harm: statements("harm", "harm statements"),
                worries: statements("worries", "worries", kind: .worry),
                complicating: statements("complicating", "complicating factors"),
                workingWell: statements("working_well", "things that are working well"),
                goals: statements("goals", "safety goals"),
                nextSteps: statements("next_steps", "next steps"))
        }
    }
}
