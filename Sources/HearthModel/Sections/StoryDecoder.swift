import Yams

/// Reads `story:`, who the Words and Pictures story is for and its dates:
///
/// ```yaml
/// story:
///   children: [mia, leo]        # leave out for every child
///   title: Mia and Leo's story  # leave out for the title made from the names
///   date: 2026-03-20
///   review: 2026-06-19
/// ```
enum StoryDecoder {
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
