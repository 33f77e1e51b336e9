import Foundation
import HearthFrame
import HearthGeometry
import HearthModel
import HearthTestSupport
import Testing

@testable import Hearth

/// The Urdu family's story (Examples/ayesha-urdu-story.yaml): pages mirrored, Urdu in Nastaliq, numbers in order,
/// bound on the right as a booklet.
struct UrduStoryTests {
    static let url = Repo.root.appendingPathComponent("Examples/ayesha-urdu-story.yaml")

    func story(paper: Paper = .a4Landscape) throws -> (bench: Workbench, document: Workbench.Document) {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let docs = try bench.documents(for: try bench.load(Self.url), at: Self.url, paper: paper)
        return (bench, try #require(docs.first { $0.name.hasSuffix("-story") }))
    }

    func lines(_ items: [FrameItem]) -> [TextLine] {
        items.flatMap { item -> [TextLine] in
            switch item {
            case .text(let line): [line]
            case .group(_, let inner): lines(inner)
            default: []
            }
        }
    }

    @Test func picturesSitAtTheRightAndWordsAtTheLeft() throws {
        let page = try story().document.frames.pages[2]
        let width = page.size.width
        let figure = try #require(page.items.first { if case .group(.figure(_), _) = $0 { true } else { false } })
        guard case .group(_, let drawn) = figure else { return }
        let pictureLines = lines(drawn)
        let words = lines(page.items.filter { if case .group(.paragraph, _) = $0 { true } else { false } })
        #expect(!words.isEmpty)
        #expect(words.allSatisfy { $0.origin.x + $0.width < width / 2 && $0.direction == .rightToLeft && $0.style.language == "ur" })
        #expect(pictureLines.allSatisfy { $0.origin.x > width / 2 })
        // The heading at the top right.
        let heading = try #require(lines(page.items.filter { if case .group(.heading(_), _) = $0 { true } else { false } }).first)
        #expect(heading.origin.x + heading.width > width * 0.9)
        #expect(heading.style.language == "ur")
    }

    @Test(.needsPoppler) func urduIsSetInNastaliq() throws {
        let (bench, document) = try story()
        let pdf = try bench.encode(document, as: .pdf)[0].bytes
        let fonts = try Poppler.fonts(pdf).map(\.name)
        #expect(fonts.contains("NotoNastaliqUrdu-Regular"))
    }

    @Test func anA5BookletIsBoundOnTheRight() throws {
        let document = try story(paper: .a5Booklet).document
        // The first sheet's front: page 1 (the cover) on the left half.
        let front = try #require(document.frames.pages.first)
        let cover = try #require(front.items.first)
        guard case .clipped(let clip, _) = cover else { Issue.record("expected a clipped page"); return }
        #expect(clip.bounds?.minX == 0)
        guard case .clipped(_, let inner) = cover, case .group(.page(let number), _)? = inner.first else { return }
        #expect(number == 1)
    }
}
