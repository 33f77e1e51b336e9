import Foundation
import HearthFrame
import HearthGeometry
import HearthModel
import Testing

@testable import Hearth

/// The family's plan from the Oakley example, laid out with the real fonts: it fits the two to four A4 pages the
/// brief allows, with every word of the family's in Easy Read type (14 points and up), and nothing in the margins.
struct FamilyPlanFitTests {
    static func plan() throws -> FrameDocument {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let url = Repo.examples.appendingPathComponent("oakley-safety-plan.yaml")
        let docs = try bench.documents(for: try bench.load(url), at: url)
        return try #require(docs.first { $0.name.hasSuffix("-safety-plan") }).frames
    }

    /// The lines of text on a page that are not in a picture (a name under a person, a bubble) and are not the
    /// page number (the last thing on each page).
    static func bodyLines(_ items: [FrameItem]) -> [TextLine] {
        items.flatMap { item -> [TextLine] in
            switch item {
            case .text(let line): [line]
            case .group(.figure, _): []
            case .group(_, let inner), .clipped(_, let inner): bodyLines(inner)
            default: []
            }
        }
    }

    @Test func theOakleyPlanFitsOnFourPagesInEasyReadType() throws {
        let doc = try Self.plan()
        #expect((2...4).contains(doc.pages.count), "\(doc.pages.count) pages")
        var words = 0
        for (n, page) in doc.pages.enumerated() {
            let lines = Self.bodyLines(Array(page.items.dropLast()))
            words += lines.count
            for line in lines {
                #expect(line.style.size >= 14 - 1e-9, "page \(n + 1): '\(line.text)' is \(line.style.size) pt")
                #expect(line.bounds.minX >= 30 && line.bounds.maxX <= page.size.width - 30, "page \(n + 1): '\(line.text)' in the margin")
                #expect(line.bounds.maxY <= page.size.height - 40, "page \(n + 1): '\(line.text)' runs into the page number")
            }
        }
        #expect(words > 100, "the plan's words were found: \(words) lines")
    }

    @Test func noRuleOrNetworkCardIsSplitAcrossPages() throws {
        let doc = try Self.plan()
        // Each rule is one section with its own number; each appears on exactly one page.
        let numbers = doc.pages.map { page in
            Self.bodyLines(page.items).map(\.text).filter { $0.hasPrefix("Rule ") }
        }
        #expect(numbers.flatMap { $0 } == (1...6).map { "Rule \($0)" })
        // Every rule's frame and words lie on the page that has its number.
        for page in doc.pages {
            for case .group(.section, let items) in page.items {
                guard let box = items.inkBounds else { continue }
                #expect(box.maxY <= page.size.height - 40 && box.minY >= 20)
            }
        }
    }
}
