import HearthModel

/// A page that says "again" before the page that tells what happened leaves a child wondering what happened the
/// first time. With the usual order the worries come after what happened; a practitioner who reorders sections
/// (`story.order`) is warned when a page refers to the event before the story has told it.
struct EventOrderCheck {
    var caseFile: CaseFile

    /// Words that refer back to an event already told.
    static let referBack: Set<String> = ["again", "anymore", "any more"]

    func findings() -> [StoryCheck.Finding] {
        let order = BookletSection.ordered(caseFile.story.order).filter { caseFile.page($0)?.skip != true }
        let tellsIt = !caseFile.map.harm.isEmpty || !caseFile.disputes.isEmpty
            || !(caseFile.page(.whatHappened)?.text.isEmpty ?? true)
        guard tellsIt, let happened = order.firstIndex(of: .whatHappened) else { return [] }
        var out: [StoryCheck.Finding] = []
        for section in order.prefix(happened) {
            for (text, location, keyPath) in texts(of: section) where refersBack(text) {
                out.append(StoryCheck.Finding(
                    location: location, keyPath: keyPath,
                    message: "this page says 'again' before the story has told what happened (what_happened comes later in 'story.order')",
                    fix: "put what_happened before \(section.rawValue) in 'story.order', or say it without 'again'"))
            }
        }
        return out
    }

    func refersBack(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        return words.contains { Self.referBack.contains($0) }
    }

    /// The words a section prints, with where they are written: the page's own text when the case gives it.
    func texts(of section: BookletSection) -> [(String, SourceLocation?, String)] {
        if let page = caseFile.page(section), !page.text.isEmpty {
            return page.text.enumerated().map { i, text in
                (text, i < page.textLocations.count ? page.textLocations[i] : page.location, "pages.\(section.rawValue).text[\(i)]")
            }
        }
        let statements: [Statement] = switch section {
        case .worries: caseFile.map.worries
        case .workingWell: caseFile.map.workingWell
        case .goal: caseFile.map.goals
        case .whatHappensNow: caseFile.map.nextSteps
        case .network: caseFile.safetyPlan.network.compactMap(\.job)
        default: []
        }
        var out = statements.map { ($0.wording, $0.childLocation ?? $0.location, $0.keyPath) }
        if section == .rules {
            out += caseFile.safetyPlan.rules.map { ($0.wording, $0.childLocation ?? $0.location, $0.keyPath) }
        }
        return out
    }
}
