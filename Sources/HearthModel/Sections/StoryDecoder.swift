import Yams

/// Reads `story:`, who the Words and Pictures story is for and its dates:
///
/// ```yaml
/// story:
///   children: [mia, leo]        # leave out for every child
///   title: Mia and Leo's story  # leave out for the title made from the names
///   date: 2026-03-20
///   review: 2026-06-19
///   order: [family, worries, what_happened]   # optional: these sections in this order
///   pages: 12                   # optional: the most pages, instead of the budget for the reader's age
///   written_by: [mum, dad, jo]   # optional: the cover says "Written by Mummy, Daddy and Jo"
///   messages: { dad: "It was not your fault." }   # optional: each parent's own words, on the last page
///   agree_page: yes             # optional: a last page "We agree this is our story", to sign
///   per_child: yes              # optional: a story for each child, in their own age band
/// ```
enum StoryDecoder {
    /// A story shorter than four pages cannot tell its parts; one longer than forty is not a story for a child.
    static let pageRange = 4...40

    /// `messages:`, one line per person: `dad: It was not your fault.`
    static func messages(_ reader: NodeReader, references: CaseReferences) -> [FamilyMessage] {
        let example = "'dad: It was not your fault.'"
        guard case .mapping(let mapping) = reader.node else {
            reader.reportMismatch(
                expected: "each person's words to the child, written as 'id: their words' lines",
                fix: "put one line per person under 'messages:', their id then their words, e.g. \(example)")
            return []
        }
        var out: [FamilyMessage] = []
        for pair in mapping {
            guard case .scalar(let key) = pair.key else { continue }
            let who = key.string
            let path = reader.path.appending(key: NodeShape.excerpt(who))
            let idReader = NodeReader(node: pair.key, path: path, context: reader.context, keyMark: pair.key.mark)
            let known = references.check(who, at: idReader, allowing: .anyone)
            let value = NodeReader(node: pair.value, path: path, context: reader.context, keyMark: pair.key.mark)
            guard let words = value.text(what: "what '\(NodeShape.excerpt(who))' says to the child", example: example), known
            else { continue }
            out.append(FamilyMessage(from: who, words: words, location: value.location, keyPath: path.description))
        }
        return out
    }

    /// `order: [family, worries, what_happened]`: sections, each once.
    static func order(_ reader: NodeReader) -> [BookletSection] {
        let fix = "list the sections in the order you want them, e.g. 'order: [family, worries, what_happened]'"
        guard let items = reader.list(expected: "a list of the booklet's sections", whenSingle: fix, whenMapping: fix) else {
            return []
        }
        var out: [BookletSection] = []
        for item in items {
            guard let section = item.choice(BookletSection.self, what: "a section of the booklet") else { continue }
            if out.contains(section) {
                item.report("'\(section.rawValue)' is listed twice", fix: "list each section once")
                continue
            }
            out.append(section)
        }
        if out.contains(.cover), out.first != .cover {
            reader.report("the cover must come first", fix: "leave 'cover' out of the list, or put it first")
        }
        return out
    }

    static func decode(_ reader: NodeReader, references: CaseReferences) -> Story? {
        reader.mapping(
            object: "story",
            expected: "lines like 'children: [mia, leo]' and 'date: 2026-03-20'",
            fix: "put 'children:', 'title:', 'date:' and 'review:' on their own lines under 'story:', indented"
        ) { map in
            var story = Story(location: reader.location)
            if let childrenReader = map.optional("children") {
                let ids = references.ids(childrenReader, allowing: .child, example: "children: [mia, leo]")
                if case .sequence(let sequence) = childrenReader.node, sequence.isEmpty {
                    childrenReader.report(
                        "the list of the story's children is empty",
                        fix: "list the ids of the children the story is for, e.g. 'children: [mia, leo]', or delete the line to tell it to every child")
                }
                story.children = ids.map(\.id)
            }
            story.title = map.optional("title")?.text(what: "the story's title", example: "'title: Mia and Leo's story'")
            if let orderReader = map.optional("order") { story.order = order(orderReader) }
            story.pages = map.optional("pages")?.wholeNumber(what: "the most pages the story should have", in: pageRange)
            if let authors = map.optional("written_by") {
                story.writtenBy = references.ids(authors, allowing: .anyone, example: "written_by: [mum, dad, jo]").map(\.id)
            }
            story.messages = map.optional("messages").map { messages($0, references: references) } ?? []
            story.agreePage = map.optional("agree_page")?.flag(what: "whether the story ends with a page to sign") ?? false
            story.perChild = map.optional("per_child")?.flag(what: "whether each child gets a story of their own") ?? false
            story.date = map.optional("date")?.date(what: "the story's date")
            let reviewReader = map.optional("review")
            story.review = reviewReader?.date(what: "the review date")
            if let date = story.date, let review = story.review, let reviewReader, review < date {
                reviewReader.report(
                    "the review date \(review.iso) is before the story's date \(date.iso)",
                    fix: "check both dates; the review comes after the story is written")
            }
            return story
        }
    }
}
