/// Reads `case:`, the facts about the document set itself rather than the people in it.
enum CaseSectionDecoder {
    struct CaseInfo {
        var author: String?
        var title: String?
    }

    static func decode(_ reader: NodeReader) -> CaseInfo? {
        reader.mapping(
            object: "case", expected: "'key: value' lines such as 'author: Sam Jones'",
            fix: "put 'author:' and 'title:' on their own lines under 'case:', indented"
        ) { map in
            CaseInfo(
                author: map.optional("author")?.text(what: "the author", example: "'author: Sam Jones, social worker'"),
                title: map.optional("title")?.text(what: "the title", example: "'title: Mia's Three Houses'"))
        }
    }
}
