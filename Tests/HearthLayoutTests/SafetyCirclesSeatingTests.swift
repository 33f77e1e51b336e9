import Foundation
@testable import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthTestSupport
import Testing

@testable import HearthLayout

/// The people on the safety circles stay inside their own ring: from one to twelve people in every ring, on
/// portrait and landscape paper, no figure's ink and no name crosses a ring line or the child's disc, and no two
/// people meet.
struct SafetyCirclesSeatingTests {
    let measurer = FixedAdvanceMeasurer()

    /// Names as long as real ones, some with a role under them.
    static let names = ["Mummy", "Uncle Marcus", "Nanny Glo", "Jade", "Mr Hughes", "Theo", "Auntie Bernadette", "Sam"]

    static func sheet(count: Int) -> SafetyCirclesSheet {
        let rings = SafetyRing.allCases.enumerated().map { r, ring in
            CircleRing(ring: ring, name: ["People I live with", "People I see a lot", "People who help"][r], people: (0..<count).map { i in
                SheetPerson(
                    id: "p\(r)-\(i)", name: names[(i + r) % names.count], role: i % 3 == 1 ? "social worker" : nil,
                    looks: PersonLooks(age: i % 4 == 3 ? .child : .adult))
            })
        }
        return SafetyCirclesSheet(
            title: "Ruby’s safety circles", details: ["Age 8"], blankFields: [],
            child: SheetPerson(id: "ruby", name: "Ruby", looks: PersonLooks(age: .child), isChild: true), centreLabel: "Ruby",
            rings: rings, isBlank: false,
            metadata: SheetMetadata(title: "t", author: nil, subject: "s", creationDate: "2026-01-01T00:00:00Z", language: "en-GB"),
            seedKey: "circles-test", titleOrigin: nil)
    }

    /// Each person drawn on the page, ring by ring: the ink of their figure and the boxes of their words.
    func people(_ doc: FrameDocument) -> [[(figure: Rect, words: [Rect])]] {
        let sections = doc.pages[0].items.compactMap { item -> [FrameItem]? in
            if case .group(.section, let inner) = item { inner } else { nil }
        }
        // The first section is the child in the middle; then one a ring.
        return sections.dropFirst().map { ring in
            ring.flatMap { item -> [(figure: Rect, words: [Rect])] in
                guard case .group(.list, let listed) = item else { return [] }
                return listed.compactMap { person in
                    guard case .group(.listItem, let parts) = person, let figure = [parts[0]].inkBounds else { return nil }
                    let words = parts.dropFirst().flatMap { part -> [Rect] in
                        if case .group(_, let lines) = part { return lines.compactMap { if case .text(let t) = $0 { t.bounds } else { nil } } }
                        return []
                    }
                    return (figure, words)
                }
            }
        }
    }

    @Test(arguments: [Paper.a4Portrait, .a4Landscape])
    func everyoneStaysInsideTheirRing(paper: Paper) throws {
        let layout = SafetyCirclesLayout(measurer: measurer, page: PageSpec(paper: paper))
        let (c, rx, ry) = layout.rings()
        for count in 1...12 {
            let doc = try layout.layout(Self.sheet(count: count))
            let rings = people(doc)
            #expect(rings.map(\.count) == [count, count, count], "\(paper), \(count) a ring")
            var everyone: [Rect] = []
            for (index, ring) in rings.enumerated() {
                let (inner, outer) = SafetyCirclesLayout.band(index)
                for (n, person) in ring.enumerated() {
                    for box in [person.figure] + person.words {
                        #expect(RingSeats.inside(box, center: c, rx: rx * outer, ry: ry * outer),
                                "\(paper), \(count) a ring: person \(n) of ring \(index) crosses its outer line")
                        #expect(RingSeats.outside(box, center: c, rx: rx * inner, ry: ry * inner),
                                "\(paper), \(count) a ring: person \(n) of ring \(index) crosses its inner line")
                    }
                    everyone.append(person.words.reduce(person.figure) { $0.union($1) })
                }
            }
            for (i, a) in everyone.enumerated() {
                for b in everyone[(i + 1)...] { #expect(!a.intersects(b), "\(paper), \(count) a ring: two people overlap") }
            }
        }
    }

    @Test func fewPeopleAreDrawnLargeAndManySmaller() throws {
        let layout = SafetyCirclesLayout(measurer: measurer, page: PageSpec(paper: .a4Portrait))
        let few = layout.seats(Self.sheet(count: 2).rings[1].people, ring: 1, signs: [])
        let many = layout.seats(Self.sheet(count: 12).rings[1].people, ring: 1, signs: [])
        let band = (SafetyCirclesLayout.ringEnds[1] - SafetyCirclesLayout.ringEnds[0]) * layout.rings().rx
        #expect(few.allSatisfy { $0.height > band * 0.9 }, "two people stand tall in the band: \(few.map(\.height)) for a band of \(band)")
        #expect(many.allSatisfy { $0.height < few[0].height })
    }
}
