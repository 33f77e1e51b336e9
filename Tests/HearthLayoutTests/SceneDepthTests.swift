import Foundation
import HearthCompose
import HearthGeometry
import HearthLooks
import HearthModel
import HearthTestSupport
import Testing

@testable import HearthLayout

/// A crowd of five to eight people in a room stands in depth: grown-ups in a back row a step smaller and higher up the
/// floor, children in front, a baby in the arms of whoever carries them; everyone drawn far larger than in one long
/// row, and no smaller than a page of three or four people would draw them where the room allows.
struct SceneDepthTests {
    typealias S = SettingLayoutTests
    var layout: SceneLayout { SceneLayout(measurer: FixedAdvanceMeasurer(advance: 0.5), assets: S.assets) }

    /// Kai's family: Por Por, Mummy carrying Kai, Mei, Daddy, Auntie Jen and Uncle Harjit at home.
    static let family: SceneContent = {
        var people = [
            S.person("porpor", .older), S.person("mum", .adult, .carrying), S.person("kai", .baby), S.person("mei", .child),
            S.person("dad", .adult), S.person("jen", .adult), S.person("harjit", .adult),
        ]
        people[1].partner = "kai"
        return SceneContent(place: "home", people: people)
    }()

    /// The same grown-ups without the children: one row, nobody to put in front.
    func oneRow(_ scene: SceneContent) throws -> PlacedScene {
        var flat = layout
        flat.crowdGap = nil
        let setting = try #require(SettingChoice.setting(for: scene, in: S.assets))
        let plan = SceneLayout.plan(scene, setting: setting)
        let floor = (S.slot.minY + S.slot.height * SceneScale.floorLine).rounded()
        return try flat.placeInOneRow(plan.row, in: S.slot, figureHeight: 214, ground: floor, bubbleSlot: S.slot)
    }

    @Test func aFamilyOfSevenStandsInTwoRowsDrawnLarger() throws {
        let placed = try layout.place(Self.family, in: S.slot, figureHeight: 214)
        let single = try oneRow(Self.family)
        // The grown-ups behind, the child in front; Kai stays in Mummy's arms, in her row.
        #expect(Set(placed.backRow) == [0, 1, 2, 4, 5, 6])
        // Far larger than one row of seven: at least a third larger.
        #expect(placed.figureHeight >= single.figureHeight * 4 / 3, "two rows \(placed.figureHeight), one row \(single.figureHeight)")
        // The back row stands higher up the floor and a step smaller than the front.
        let backFeet = placed.backRow.filter { $0 != 2 }.map { placed.figures[$0].maxY }
        let meiFeet = placed.figures[3].maxY
        #expect(backFeet.allSatisfy { $0 < meiFeet - 214 * 0.04 })
        // No face in front covers a face behind.
        for i in placed.backRow { #expect(!placed.faces[i].intersects(placed.faces[3])) }
        // Mei stands in front of the grown-ups: she overlaps someone behind her.
        #expect(placed.backRow.contains { placed.figures[$0].intersects(placed.figures[3]) })
        // Every name is in the picture and no two touch.
        for (i, a) in placed.labels.enumerated() {
            #expect(S.slot.contains(a))
            for b in placed.labels.dropFirst(i + 1) { #expect(!a.intersects(b), "names \(a) and \(b) touch") }
        }
    }

    /// Kai's family page had its heart once the crowd stood in depth: the heart went into the back row, which had
    /// no room for it. It floats over the whole family, above the back row's names.
    @Test func aFamilysHeartFloatsOverTheCrowdInDepth() throws {
        var family = Self.family
        family.things = ["heart"]
        let placed = try layout.place(family, in: S.slot, figureHeight: 214)
        #expect(!placed.backRow.isEmpty)
        let heart = try #require(placed.pictures.last, "the heart is drawn")
        let names = placed.labels.filter { $0.maxY <= (placed.faces.map(\.minY).min() ?? 0) + 1 }
        #expect(!names.isEmpty, "the back row's names are over their heads")
        #expect(names.allSatisfy { heart.maxY <= $0.minY + 0.01 }, "the heart \(heart) is above the names")
        #expect(!(placed.faces + placed.labels).contains { $0.intersects(heart) })
        #expect(S.slot.contains(heart))
        let crowd = placed.figures.dropFirst().reduce(placed.figures[0]) { $0.union($1) }
        #expect(abs(heart.midX - crowd.midX) < crowd.width * 0.2, "over the middle of the family")
    }

    @Test func aCrowdAsLargeAsAPageOfFourWhereTheRoomAllows() throws {
        // Two grown-ups and three children: the children's row in front, the grown-ups behind.
        let five = SceneContent(place: "home", people: [
            S.person("mum", .adult), S.person("mia", .child), S.person("leo", .child), S.person("ava", .child),
            S.person("dad", .adult),
        ])
        let four = SceneContent(place: "home", people: [S.person("mum", .adult), S.person("mia", .child), S.person("leo", .child), S.person("dad", .adult)])
        let crowd = try layout.place(five, in: S.slot, figureHeight: 214)
        let page = try layout.place(four, in: S.slot, figureHeight: 214)
        #expect(!crowd.backRow.isEmpty)
        #expect(crowd.figureHeight >= page.figureHeight * 0.95, "five in depth \(crowd.figureHeight), four in a row \(page.figureHeight)")
    }

    @Test func fourPeopleOrABubbleStayInOneRow() throws {
        var scene = Self.family
        scene.bubbles = [SceneBubble(speaker: 0, text: "Hello")]
        #expect(SceneLayout.depthRows(of: scene) == nil)
        let four = SceneContent(place: "home", people: Array(Self.family.people.prefix(4)))
        #expect(SceneLayout.depthRows(of: four) == nil)
        // Grown-ups only: nobody to stand in front.
        let grownUps = SceneContent(place: "home", people: (0..<5).map { S.person("p\($0)", .adult) })
        #expect(SceneLayout.depthRows(of: grownUps) == nil)
    }
}
