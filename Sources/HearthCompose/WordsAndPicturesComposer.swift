import HearthLooks
import HearthModel

/// Composes the Words and Pictures story from a case: the sections of DESIGN §1 in order, each skipped when the
/// case has nothing for it, sentences in the child's wording where the family agreed one, the fixed words from the
/// strings catalogue, and a picture on every page (the case's own, or a default for the section).
public struct WordsAndPicturesComposer {
    public var strings: StringsCatalogue

    public init(strings: StringsCatalogue) {
        self.strings = strings
    }

    public func booklet(for caseFile: CaseFile, file: String) throws(ComposeError) -> Booklet {
        let cast = Cast(caseFile: caseFile, strings: strings)
        let children = caseFile.storyChildren
        let names = try cast.list(children.map(\.id))
        var pages: [StoryPage] = []
        let writer = SectionWriter(caseFile: caseFile, strings: strings, cast: cast, names: names, file: file)
        for section in BookletSection.ordered(caseFile.story.order) {
            let override = caseFile.page(section)
            if override?.skip == true { continue }
            var composed = try writer.pages(for: section)
            if let override {
                composed = try writer.apply(override, to: composed, section: section)
            }
            pages += composed
        }
        let budget = PageBudget(caseFile: caseFile)
        pages = budget.fit(pages)
        pages = try RoleIntroductions(strings: strings, caseFile: caseFile).adding(to: pages)
        pages = try JobLabels(strings: strings, caseFile: caseFile).adding(to: pages)
        pages = PlacedEverywhere.adding(to: pages)
        // Names of more than one word, as the family wrote them in their own sentences, stay on one line too.
        let longNames = (caseFile.children.map(\.displayName) + caseFile.people.map(\.displayName))
            .filter { $0.contains(" ") }
        for i in pages.indices {
            let set = { (s: SheetText) -> SheetText in
                var s = s
                s.text = Typography.curlyApostrophes(Typography.holdingTogether(longNames, in: s.text))
                return s
            }
            pages[i].sentences = pages[i].sentences.map(set)
            for k in pages[i].panels.indices { pages[i].panels[k].sentences = pages[i].panels[k].sentences.map(set) }
        }
        var title = caseFile.story.title ?? ""
        if caseFile.story.title == nil { title = try strings.text("wp.title", ["names": names]) }
        let date = caseFile.story.date?.iso ?? ThreeHousesComposer.pinnedDate
        return Booklet(
            title: title, pages: pages,
            metadata: SheetMetadata(
                title: title, author: caseFile.author, subject: try strings.text("wp.subject"),
                creationDate: date + "T00:00:00Z", language: strings.language),
            ageBand: caseFile.ageBand, pictureWords: try PictureWords(strings: strings))
    }
}

/// The people of a case as the child names them, for sentences and labels.
struct Cast {
    var caseFile: CaseFile
    var strings: StringsCatalogue

    /// The name printed for an id or a role word. A name never breaks across lines ("Nana / Jean").
    func name(_ id: String) throws(ComposeError) -> String {
        if let child = caseFile.children.first(where: { $0.id == id }) { return Typography.unbroken(child.displayName) }
        if let person = caseFile.person(id: id) { return Typography.unbroken(person.displayName) }
        if let role = Role(rawValue: id) { return try strings.text("role_group.\(role.rawValue)") }
        return id
    }

    /// "Mia", "Mia and Leo", "Mummy, Nana Jean and Sam".
    func list(_ ids: [String]) throws(ComposeError) -> String {
        var names: [String] = []
        for id in ids { names.append(try name(id)) }
        return try join(names)
    }

    func join(_ names: [String]) throws(ComposeError) -> String {
        let and = try strings.text("wp.and")
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        default:
            // Each name isolated, so two names in Urdu script keep their order in an English list.
            let names = names.map { BidiIsolation.inserting($0, into: strings.language) }
            let comma = try strings.text("wp.list_separator")
            return names.dropLast().joined(separator: comma) + " \(and) " + (names.last ?? "")
        }
    }

    /// A role word or a group ("the doctors") reads as many people.
    func isMany(_ ids: [String]) -> Bool {
        ids.count > 1 || ids.contains { Role(rawValue: $0) != nil && $0 != Role.judge.rawValue }
    }

    /// How many people the ids name, for a language's plural forms: a role's group ("the police") is a group of
    /// more than two, so Arabic and Welsh do not take its words for two people.
    func headCount(_ ids: [String]) -> Int {
        ids.count == 1 && isMany(ids) ? 3 : ids.count
    }
}
