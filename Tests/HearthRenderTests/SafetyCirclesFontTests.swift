import Foundation
import HearthFrame
import HearthGeometry
import HearthModel
import HearthTestSupport
import Testing

@testable import Hearth
@testable import HearthLayout

/// Safety circles with eight people in every ring, long real names among them, laid out with the real fonts: every
/// figure stays inside its ring and is drawn large enough to see (long names break in two rather than forcing the
/// figures down to specks).
struct SafetyCirclesFontTests {
    static func yaml() -> String {
        let names = ["Mummy", "Uncle Marcus", "Nanny Glo", "Jade", "Mr Hughes", "Theo", "Auntie Bernadette", "Sam", "Grandad Joe", "Mrs Patel"]
        var people = "", rings: [[String]] = [[], [], []]
        for r in 0..<3 {
            for i in 0..<8 {
                let name = names[(i + 3 * r) % names.count]
                people += "  - { id: p\(r)\(i), name: \(name) Smith, called: \(name), relation: Mummy's friend }\n"
                rings[r].append("p\(r)\(i)")
            }
        }
        return """
            hearth: 1
            children:
              - { id: ruby, name: Ruby Walsh, called: Ruby, age: 8 }
            people:
            \(people)safety_circles:
              - child: ruby
                live_with: [\(rings[0].joined(separator: ", "))]
                see_a_lot: [\(rings[1].joined(separator: ", "))]
                help: [\(rings[2].joined(separator: ", "))]
            output:
              documents: [safety-circles]
              paper: a4

            """
    }

    @Test func eightPeopleARingFitAtASizeAChildCanSee() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-circles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("case.yaml")
        try Self.yaml().write(to: url, atomically: true, encoding: .utf8)
        let bench = try Workbench(resources: Resources(root: Repo.root))
        let page = try #require(try bench.documents(for: try bench.load(url), at: url).first).frames.pages[0]
        // The rings' geometry does not depend on the fonts.
        let (c, rx, ry) = SafetyCirclesLayout(measurer: FixedAdvanceMeasurer(), page: PageSpec(paper: .a4Portrait)).rings()
        let sections = page.items.compactMap { item -> [FrameItem]? in
            if case .group(.section, let inner) = item { inner } else { nil }
        }.dropFirst()
        #expect(sections.count == 3)
        for (index, ring) in sections.enumerated() {
            let (inner, outer) = SafetyCirclesLayout.band(index)
            let people = ring.flatMap { item -> [FrameItem] in if case .group(.list, let listed) = item { listed } else { [] } }
            #expect(people.count == 8)
            for person in people {
                guard case .group(.listItem, let parts) = person, let ink = parts.inkBounds, let figure = [parts[0]].inkBounds else { continue }
                #expect(RingSeats.inside(ink, center: c, rx: rx * outer, ry: ry * outer), "ring \(index): crosses its outer line")
                #expect(RingSeats.outside(ink, center: c, rx: rx * inner, ry: ry * inner), "ring \(index): crosses its inner line")
                #expect(figure.height >= 24, "ring \(index): a figure only \(figure.height) pt tall")
            }
        }
    }
}
