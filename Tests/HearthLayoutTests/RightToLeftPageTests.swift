import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthModel
import HearthTestSupport
import Testing

@testable import HearthLayout

/// A page in a right-to-left language mirrors: title at the right, the houses from the right, the booklet bound on
/// the right. Measured with the fixed-advance fake.
struct RightToLeftPageTests {
    static let folder = Repository.url("Assets/strings")

    func sheet(_ language: String) throws -> ThreeHousesSheet {
        let strings = try StringsCatalogue.load(language: language, from: Self.folder)
        let caseFile = CaseFile(
            author: "Imran", children: [Child(id: "ayesha", name: "Ayesha", age: 9)],
            threeHouses: [ThreeHousesInterview(
                child: "ayesha", date: CalendarDate(iso: "2026-05-20"), recordedBy: "Imran",
                worries: ["مجھے ڈر لگتا ہے۔"], goodThings: ["مجھے امی سے پیار ہے۔"], dreams: ["میں استاد بننا چاہتی ہوں۔"])])
        return try ThreeHousesComposer(strings: strings).sheet(
            for: caseFile.threeHouses[0], in: caseFile, caseFolder: URL(fileURLWithPath: "/tmp"), file: "a.yaml")
    }

    /// Each house's name and where its sign sits, in page order.
    func housePlaces(_ frame: Frame) -> [(name: String, x: Double)] {
        frame.items.compactMap { item -> (String, Double)? in
            guard case .group(.section, let parts) = item else { return nil }
            for part in parts {
                if case .group(.heading(level: 2), let lines) = part, case .text(let line)? = lines.first {
                    let words = lines.compactMap { if case .text(let l) = $0 { l.text } else { nil } }
                    return (words.joined(separator: " "), line.origin.x)
                }
            }
            return nil
        }
    }

    func title(_ frame: Frame) throws -> TextLine {
        for item in frame.items {
            if case .group(.heading(level: 1), let lines) = item, case .text(let line)? = lines.first { return line }
        }
        throw CocoaError(.featureUnsupported)
    }

    @Test func anUrduSheetMirrors() throws {
        let layout = ThreeHousesLayout(measurer: FixedAdvanceMeasurer(), page: PageSpec(paper: .a4Landscape))
        let urdu = try layout.layout(try sheet("ur"), drawings: [:])
        let english = try layout.layout(try sheet("en-GB"), drawings: [:])
        let width = urdu.pages[0].size.width
        // The title at the right, in Urdu, read right to left.
        let title = try self.title(urdu.pages[0])
        #expect(title.origin.x + title.width > width * 0.9)
        #expect(title.direction == .rightToLeft)
        #expect(title.style.language == "ur")
        #expect(try self.title(english.pages[0]).origin.x < width * 0.1)
        // Worries first: at the right in Urdu, at the left in English.
        let places = housePlaces(urdu.pages[0])
        #expect(places.map(\.name) == ["فکروں کا گھر", "اچھی چیزوں کا گھر", "خوابوں کا گھر"])
        #expect(places[0].x > places[1].x && places[1].x > places[2].x)
        let englishPlaces = housePlaces(english.pages[0])
        #expect(englishPlaces[0].x < englishPlaces[1].x && englishPlaces[1].x < englishPlaces[2].x)
    }

    @Test func aRightBoundBookletSwapsEverySide() {
        let left = BookletImposition.sheets(pageCount: 8)
        let right = BookletImposition.sheets(pageCount: 8, boundOnRight: true)
        #expect(right[0].front == BookletImposition.Side(left: 1, right: 8))
        #expect(right[0].back == BookletImposition.Side(left: 7, right: 2))
        for (l, r) in zip(left, right) {
            #expect(l.front.left == r.front.right && l.front.right == r.front.left)
            #expect(l.back.left == r.back.right && l.back.right == r.back.left)
        }
    }
}
