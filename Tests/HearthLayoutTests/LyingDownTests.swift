import Foundation
import HearthCompose
import HearthGeometry
import HearthLooks
import HearthModel
import Testing

@testable import HearthLayout

/// More than one person lying down: each on a bed, cot or sofa of their own, and an error naming the line when
/// the room has none left, never two bodies on one mattress or someone lying on the floor by mistake.
struct LyingDownTests {
    var layout: SettingLayoutTests { SettingLayoutTests() }
    /// A landscape story page's picture slot.
    static let story = Rect(x: 34, y: 58, width: 505, height: 480)

    static func person(_ id: String, _ age: AgeGroup, lying: Bool, anchor: String? = nil) -> ScenePerson {
        ScenePerson(
            id: id, label: id.capitalized, looks: PersonLooks.defaults(for: id, age: age), feeling: .asleep,
            action: lying ? .lyingInBed : .standing, anchor: anchor)
    }

    /// A child asleep in the bed and the baby in the cot, Mummy standing by: the child's bedroom is chosen for its
    /// bed and cot, each sleeper lies along their own, and nobody overlaps.
    @Test func aChildInBedAndABabyInTheCot() throws {
        let scene = SceneContent(place: "home", people: [
            Self.person("leo", .child, lying: true), Self.person("kai", .baby, lying: true), Self.person("mum", .adult, lying: false),
        ])
        let placed = try layout.layout.place(scene, in: Self.story, figureHeight: 211)
        #expect(placed.setting == "childs-bedroom")
        let bed = try #require(placed.anchors["bed"]), cot = try #require(placed.anchors["cot"])
        let slack = placed.figureHeight * 0.06
        for (body, anchor, name) in [(placed.figures[0], bed, "Leo in the bed"), (placed.figures[1], cot, "Kai in the cot")] {
            #expect(body.minX >= anchor.minX - slack && body.maxX <= anchor.maxX + slack, "\(name): \(body) over \(anchor)")
            #expect(abs(body.maxY - anchor.minY) < placed.figureHeight * 0.12, "\(name) does not lie on it")
        }
        #expect(!placed.figures[0].intersects(placed.figures[1]), "the two sleepers overlap")
        let mum = placed.figures[2]
        #expect(!mum.intersects(placed.figures[0]) && !mum.intersects(placed.figures[1]))
        #expect(placed.figureHeight >= 211 * 0.8, "drawn at \(placed.figureHeight)")
    }

    /// A third sleeper in a room with a bed and a cot is not put on top of the others: they lie in the row
    /// beside them, drawn apart.
    @Test func aThirdSleeperLiesApart() throws {
        let scene = SceneContent(place: "childs-bedroom", people: [
            Self.person("leo", .child, lying: true), Self.person("kai", .baby, lying: true), Self.person("ruby", .child, lying: true),
        ])
        let placed = try layout.layout.place(scene, in: Self.story, figureHeight: 211)
        #expect(placed.figures.count == 3)
        for i in 0..<3 {
            for j in (i + 1)..<3 {
                #expect(!placed.figures[i].inset(by: 1).intersects(placed.figures[j].inset(by: 1)), "\(i) and \(j) overlap")
            }
        }
    }

    /// A baby goes in the cot and a grown-up in the bed whatever order the words give them.
    @Test func aBabyTakesTheCotAndAGrownUpTheBed() throws {
        let scene = SceneContent(place: "childs-bedroom", people: [
            Self.person("kai", .baby, lying: true), Self.person("mum", .adult, lying: true),
        ])
        let placed = try layout.layout.place(scene, in: SettingLayoutTests.slot, figureHeight: 214)
        let bed = try #require(placed.anchors["bed"]), cot = try #require(placed.anchors["cot"])
        #expect(abs(placed.figures[0].midX - cot.midX) < abs(placed.figures[0].midX - bed.midX), "the baby is not in the cot")
        #expect(abs(placed.figures[1].midX - bed.midX) < abs(placed.figures[1].midX - cot.midX), "Mummy is not in the bed")
    }
}
