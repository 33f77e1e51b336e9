import HearthLooks
import HearthModel

/// The first time a child meets a social worker, a judge or a foster carer in the story, a sentence says what that
/// person's job is: "A judge is a person whose job is to decide what is best for children when grown-ups don't
/// agree." A teenager's story assumes they know.
struct RoleIntroductions {
    var strings: StringsCatalogue
    var caseFile: CaseFile

    var ageBand: AgeBand { caseFile.ageBand }

    /// The role of someone in a picture: the case's person's, or a role word's ("doctor").
    func role(of person: ScenePerson) -> Role? {
        caseFile.person(id: person.id)?.role ?? person.looks.role ?? Role(rawValue: person.id)
    }

    /// Roles a young child may not know the job of (a teacher needs no introduction).
    static let introduced: [Role] = [.socialWorker, .police, .doctor, .nurse, .judge, .fosterCarer]

    /// A page with more words than this has no room for one more sentence.
    static let roomyPage = 30

    /// The pages with an introduction added to the first page, in story order, that shows or names someone in each
    /// role and has room for it. A role the story already explains ("Marcus, a social worker, came to help") is
    /// not introduced again; pages of small pictures (storyboards), the cover and the child's drawing page are
    /// passed over.
    func adding(to pages: [StoryPage]) throws(ComposeError) -> [StoryPage] {
        guard ageBand != .teen else { return pages }
        var out = pages
        var met: Set<Role> = []
        for i in out.indices {
            let text = out[i].allSentences.map(\.text).joined(separator: " ").lowercased()
            var roles = Set((out[i].scene?.people ?? []).compactMap(role(of:)))
            for role in Self.introduced {
                let word = try strings.text("role.\(role.rawValue)").lowercased()
                // Named as "a social worker", the job is already said; named as "the judge", it is met.
                if text.contains("a \(word)") || text.contains("an \(word)") || text.contains("job") && text.contains(word) {
                    met.insert(role)
                } else if text.contains(word) {
                    roles.insert(role)
                }
            }
            let words = text.split(whereSeparator: \.isWhitespace).count
            guard !out[i].isCover, out[i].panels.isEmpty, out[i].drawingSpace == nil, words <= Self.roomyPage else { continue }
            for role in Self.introduced where roles.contains(role) && !met.contains(role) {
                met.insert(role)
                out[i].sentences.append(SheetText(try strings.text("role_explain.\(role.rawValue)")))
            }
        }
        return out
    }
}
