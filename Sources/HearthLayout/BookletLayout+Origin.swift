import HearthCompose
import HearthModel

extension BookletLayout {
    /// Where a problem with a page's picture is reported: at the line of the page's own words, which is where a
    /// practitioner looks for the page (a picture Hearth composed from the sentence has no line of its own), with
    /// the page named after it. A picture name the case wrote itself is found at its own line later, by
    /// ``CaseTextLocator``.
    static func pictureOrigin(of story: StoryPage) -> String {
        let page = "the picture on the page \"\(story.heading ?? story.section.rawValue)\""
        guard let words = story.allSentences.lazy.compactMap(\.origin).first(where: CaseTextLocator.isLocated) else { return page }
        return "\(words) (\(page))"
    }
}
