import HearthModel

/// How many pages a child's story may have, and how a longer story is brought within it.
///
/// Practitioners aim for 8–10 pages for the under-fives and 12–14 for five- to eight-year-olds: a longer booklet
/// loses the child before the end, where the hopeful part is. The budget follows the youngest reader aged three or
/// over (a baby in the story does not read it); `story.pages` sets another. A story over budget first shares its
/// pages (all the rules on one storyboard page of small pictures, the whole network on one page, then the other
/// lists of like ideas as storyboards); if it is still too long, the practitioner is told which sections to
/// shorten. Nothing is cut.
public struct PageBudget: Hashable, Sendable {
    public var pages: Int
    /// Where the budget comes from, for messages: "a reader aged 6", "story.pages".
    public var reason: String

    public init(pages: Int, reason: String) {
        self.pages = pages
        self.reason = reason
    }

    /// The budget for an age: under 5 → 10, 5–8 → 14, 9–12 → 18, 13 and over → 20.
    public static func pages(forAge age: Int) -> Int {
        switch age {
        case ..<5: 10
        case 5...8: 14
        case 9...12: 18
        default: 20
        }
    }

    /// The youngest reader is the youngest story child aged 3 or over; with none, the youngest at all.
    public init(caseFile: CaseFile) {
        if let pages = caseFile.story.pages {
            self.init(pages: pages, reason: "story.pages")
            return
        }
        let ages = caseFile.storyChildren.compactMap(\.age)
        if let age = ages.filter({ $0 >= 3 }).min() ?? ages.min() {
            self.init(pages: Self.pages(forAge: age), reason: "a reader aged \(age)")
        } else {
            let band = caseFile.ageBand
            let pages = switch band {
            case .underFive: 10
            case .fiveToEight: 14
            case .nineToTwelve: 18
            case .teen: 20
            }
            self.init(pages: pages, reason: "a reader aged \(band.rawValue)")
        }
    }

    /// Most rules on one storyboard page; the layout puts fewer to a page when their faces would be too small to read
    /// (see `BookletLayout.smallestPanelFace`).
    static let panelsPerPage = 6

    /// The story brought within budget by sharing pages, in order: the rules as storyboards, then the network on
    /// one page. A story already within budget is left as it is.
    /// - Parameter target: the most pages to aim for, when words that carry on to a further page are known to need
    ///   some of the budget; the budget itself otherwise.
    public func fit(_ pages: [StoryPage], target: Int? = nil) -> [StoryPage] {
        let most = target ?? self.pages
        var out = pages
        func over() -> Bool { Self.counted(out) > most }
        if over() { out = storyboard(.rules, in: out) }
        if over() { out = onePage(.network, in: out) }
        // Then lists of like things, each keeping its own small picture: the worries, what is going well, what
        // everyone is working for, what happens next. What happened keeps a page for each event.
        for section in Self.listSections where over() {
            out = storyboard(section, in: out)
        }
        return out
    }

    /// The pages that count against the budget: the page the family signs is not part of the story the child
    /// follows.
    public static func counted(_ pages: [StoryPage]) -> Int {
        pages.filter { $0.section != .agree }.count
    }

    /// Sections whose pages are a list of like ideas, in the order they are shared when a story is still too long.
    static let listSections: [BookletSection] = [.whatHappensNow, .workingWell, .goal, .worries]

    /// Every page of a section as a panel, up to six to a page.
    func storyboard(_ section: BookletSection, in pages: [StoryPage]) -> [StoryPage] {
        sharing(section, in: pages) { run in
            SectionWriter.chunks(run, of: Self.panelsPerPage).map { chunk in
                var page = StoryPage(section: section, heading: chunk[0].heading, sentences: [], scene: nil)
                page.panels = chunk.map { StoryPanel(sentences: $0.sentences, scene: $0.scene) }
                return page
            }
        }
    }

    /// A section's pages as one: every sentence, under the first page's heading and picture.
    func onePage(_ section: BookletSection, in pages: [StoryPage]) -> [StoryPage] {
        sharing(section, in: pages) { run in
            var page = run[0]
            page.sentences = run.flatMap(\.sentences)
            return [page]
        }
    }

    /// The story with a section's ordinary pages (two or more) replaced, where the first of them stood, by the pages
    /// `shared` makes of them.
    func sharing(_ section: BookletSection, in pages: [StoryPage], _ shared: ([StoryPage]) -> [StoryPage]) -> [StoryPage] {
        let run = pages.filter { $0.section == section && $0.panels.isEmpty && $0.drawingSpace == nil }
        guard run.count > 1, let first = pages.firstIndex(where: { $0 == run[0] }) else { return pages }
        var out = pages.filter { !run.contains($0) }
        out.insert(contentsOf: shared(run), at: first)
        return out
    }

    /// What to tell the practitioner when the story, as printed, is still over budget: the sections with the most
    /// pages.
    /// - Parameter printed: the pages the child turns, counting words that carry on to another page.
    public func notes(for pages: [StoryPage], printed: Int, location: SourceLocation?) -> [Diagnostic] {
        guard printed > self.pages else { return [] }
        var counts: [(BookletSection, Int)] = []
        for page in pages where page.section != .cover && page.section != .review && page.section != .agree {
            if let i = counts.firstIndex(where: { $0.0 == page.section }) { counts[i].1 += 1 } else { counts.append((page.section, 1)) }
        }
        let longest = counts.filter { $0.1 > 1 }.sorted { $0.1 > $1.1 }.prefix(3)
            .map { "\($0.0.rawValue) (\($0.1) pages)" }
        let shorten = longest.isEmpty ? "the story's sections" : longest.joined(separator: ", ")
        return [Diagnostic(
            location: location, keyPath: "story",
            message: "the story has \(printed) pages, more than the \(self.pages) that suit \(reason)",
            fix: "shorten \(shorten): join statements that say one thing, or leave out what the child does not need yet; "
                + "or set 'pages:' under 'story:' to allow more")]
    }
}
