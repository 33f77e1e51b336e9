import Foundation
import HearthFrame
import HearthGeometry
import HearthModel
import Testing

@testable import Hearth

/// On portrait paper a story page is the picture with its words under it, as one block in the middle of the
/// page: a low picture and short words no longer sit at opposite ends with a band of white between them.
struct PortraitPageTests {
    @Test func pictureAndWordsFormOneCentredBlock() throws {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let url = Repo.examples.appendingPathComponent("amira-domestic-abuse.yaml")
        let docs = try bench.documents(for: try bench.load(url), at: url, paper: .a4Portrait)
        let pages = try #require(docs.first { $0.name.hasSuffix("-story") }).frames.pages
        var checked = 0
        for (index, page) in pages.enumerated() {
            // Story pages: one picture and one block of words, besides the heading and the page number.
            let figures = page.items.filter { if case .group(.figure, _) = $0 { true } else { false } }
            let words = page.items.filter { if case .group(.paragraph, let items) = $0 { items.count > 1 } else { false } }
            guard index > 0, figures.count == 1, words.count == 1,
                let picture = [figures[0]].inkBounds, let text = [words[0]].inkBounds
            else { continue }
            checked += 1
            let gap = text.minY - picture.maxY
            #expect(gap > 0, "page \(index + 1): the words overlap the picture")
            #expect(gap < page.size.height * 0.06, "page \(index + 1): \(gap) pt of white between picture and words")
            // Centred: the white above the block and below it differ by little (unless the block fills the page).
            let above = picture.minY, below = page.size.height - text.maxY
            #expect(abs(above - below) < page.size.height * 0.12, "page \(index + 1): \(above) above, \(below) below")
        }
        #expect(checked >= 6)
    }
}
