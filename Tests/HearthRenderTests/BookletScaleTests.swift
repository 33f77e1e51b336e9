import Foundation
import HearthFrame
import HearthModel
import Testing

@testable import Hearth

/// One scale for a booklet: every person is drawn from the same grown-up height on every page of an example
/// story, except a page too crowded for it, which may only go smaller.
struct BookletScaleTests {
    /// The grown-up height each standing person on a page is drawn at, read from their shared drawings: a person's
    /// symbol is drawn at `100 × 1.5^size` and placed at a scale.
    func heights(_ items: [FrameItem]) -> [Double] {
        items.flatMap { item -> [Double] in
            switch item {
            // The child in a worry's "what if" cloud is drawn to the cloud's size: a thought, not someone there. A
            // decision's card and the window of someone phoned from far away are small pictures of their own (their
            // scale is checked below).
            case .group(.figure(alt: "what if"), _): return []
            case .group(.figure(alt: let alt), _) where Self.isInset(alt): return []
            case .group(_, let c), .clipped(_, let c): return heights(c)
            case .symbol(let s, let p):
                let words = s.id.split(separator: " ")
                guard words.first == "person", !words.contains("lying-in-bed"),
                    let size = words.last(where: { $0.hasPrefix("size=") }).flatMap({ Double($0.dropFirst(5)) })
                else { return [] }
                return [p.scale * 100 * pow(1.5, size)]
            default: return []
            }
        }
    }

    /// A decision's card ("what the judge decided: …") or a far-away caller's window ("on the phone: Nanna Pat").
    static func isInset(_ alt: String) -> Bool {
        alt.contains(" decided: ") || alt.hasPrefix("on the phone: ")
    }

    /// The heights inside each decision card or phone window on a page, one list per inset.
    func insetHeights(_ items: [FrameItem]) -> [[Double]] {
        items.flatMap { item -> [[Double]] in
            switch item {
            case .group(.figure(alt: let alt), let c) where Self.isInset(alt):
                return [heights(c)]
            case .group(_, let c), .clipped(_, let c): return insetHeights(c)
            default: return []
            }
        }
    }

    /// How many pictures a page has (a picture's bubbles are inside it).
    func figures(_ items: [FrameItem]) -> Int {
        items.filter { if case .group(.figure, _) = $0 { true } else { false } }.count
    }

    @Test(arguments: ["oakley-drinking", "amira-domestic-abuse", "jayden-mums-low-days", "baby-kai-injury"])
    func aGrownUpIsTheSameHeightOnEveryPage(example: String) throws {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let url = Repo.examples.appendingPathComponent(example + ".yaml")
        // On A4 landscape, one story page a sheet (an A5 booklet puts two on each).
        let story = try #require(
            try bench.documents(for: try bench.load(url), at: url, paper: .a4Landscape).first { $0.name.hasSuffix("story") })
        // A storyboard page (several small pictures, one per rule) draws at a smaller scale of its own.
        let perPage = story.frames.pages.filter { figures($0.items) == 1 }.map { heights($0.items) }.filter { !$0.isEmpty }
        let all = perPage.flatMap { $0 }
        let scale = try #require(all.max())
        for (n, page) in perPage.enumerated() {
            // Everyone on one page shares its scale, but for a crowd's back row, a step smaller to read as further back.
            let front = page.max() ?? 0
            #expect(
                page.allSatisfy { abs($0 - front) < 0.01 || abs($0 - (front * 0.92).rounded()) < 1.5 },
                "\(example): page \(n + 1) mixes scales \(page)")
        }
        // Inside a decision's card or a phone window, everyone shares the inset's own scale.
        for page in story.frames.pages {
            for inset in insetHeights(page.items) where !inset.isEmpty {
                #expect(inset.allSatisfy { abs($0 - inset.max()!) < 0.01 || abs($0 - (inset.max()! * 0.92).rounded()) < 1.5 }, "\(example): an inset mixes scales \(inset)")
            }
        }
        // Most pages draw at the booklet's scale; the rest are crowded pages, only ever smaller.
        let atScale = perPage.filter { abs(($0.max() ?? 0) - scale) < 0.01 }.count
        // Half at least: a story within its page budget shares its short lists as storyboards, so the full pages left
        // are more often the crowded ones (the network, a meeting).
        #expect(Double(atScale) >= Double(perPage.count) * 0.5, "\(example): \(atScale) of \(perPage.count) pages at \(scale)")
        // A grown-up is a good part of the picture's height (a story page's picture is 487 pt tall).
        #expect(scale >= 487 * 0.27, "\(example): grown-ups only \(scale) pt tall")
    }
}

/// A place used on many pages is one drawing in the PDF: the living room of a booklet drawn at its scale is the
/// same shared symbol on every page that shows it at that scale.
struct SharedSettingTests {
    func settingIDs(_ items: [FrameItem]) -> [String] {
        items.flatMap { item -> [String] in
            switch item {
            case .group(_, let c), .clipped(_, let c): settingIDs(c)
            case .symbol(let s, _): s.id.hasPrefix("setting ") ? [s.id] : []
            default: []
            }
        }
    }

    @Test func aSettingOnManyPagesIsOneDrawing() throws {
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let url = Repo.examples.appendingPathComponent("oakley-drinking.yaml")
        let story = try #require(try bench.documents(for: try bench.load(url), at: url).first { $0.name.hasSuffix("story") })
        // Pages with one picture each; a storyboard page draws its panels smaller, at a size of its own.
        let pages = story.frames.pages.filter { BookletScaleTests().figures($0.items) == 1 }
        let uses = pages.flatMap { settingIDs($0.items) }.filter { $0.hasPrefix("setting living-room ") }
        let byID = Dictionary(grouping: uses, by: { $0 }).mapValues(\.count)
        #expect(uses.count >= 4, "the living room is on \(uses.count) pages")
        #expect((byID.values.max() ?? 0) >= uses.count / 2, "living-room drawings: \(byID)")
    }
}
