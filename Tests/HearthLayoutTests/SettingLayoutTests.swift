import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthSketch
import HearthTestSupport
import Testing

@testable import HearthLayout

/// Scenes drawn in their settings: the place names case files use find a setting with the anchors the layout
/// asks for, the room fills the picture, grown-ups keep the document's height, nobody overlaps anybody they are
/// not holding, and someone lying down lies on the bed.
struct SettingLayoutTests {
    static let folder = Repository.url("Assets/pictures")
    static let assets: [String: AssetPicture] = (try? AssetLibrary.load(folder: folder)) ?? [:]
    static let slot = Rect(x: 34, y: 58, width: 464, height: 487)
    var layout: SceneLayout { SceneLayout(measurer: FixedAdvanceMeasurer(advance: 0.5), assets: Self.assets) }

    static func person(_ id: String, _ age: AgeGroup, _ action: Action = .standing, feeling: Feeling = .calm) -> ScenePerson {
        ScenePerson(id: id, label: id.capitalized, looks: PersonLooks.defaults(for: id, age: age), feeling: feeling, action: action)
    }

    /// The place names case files and the composer's defaults use, each drawn in a setting.
    @Test func everyPlaceNameCaseFilesUseIsASetting() {
        for place in ["home", "flat", "hospital", "office", "court", "school", "park", "clinic", "street", "kitchen", "bedroom"] {
            let scene = SceneContent(place: place, people: [Self.person("mia", .child)])
            #expect(SettingChoice.setting(for: scene, in: Self.assets) != nil, "\(place) has no setting")
        }
        #expect(SettingChoice.setting(for: SceneContent(place: "home", people: []), in: Self.assets)?.name == "living-room")
    }

    /// The anchors the layout asks for are there: a home with someone lying down has a bed (or the sofa the scene
    /// names), a home with a meal has a table.
    @Test func theAnchorsALayoutAsksForExist() throws {
        let lying = [Self.person("dad", .adult, .lyingInBed), Self.person("mia", .child)]
        let cases: [(String, [String], [ScenePerson], String)] = [
            ("home", [], lying, "bed"), ("home", ["bed"], lying, "bed"), ("home", ["sofa", "phone"], lying, "sofa"),
            ("hospital", ["cot"], lying, "bed"), ("clinic", [], lying, "bed"), ("home", ["meal", "table"], [Self.person("mia", .child)], "table"),
            ("office", [], [Self.person("jo", .adult)], "table"), ("home", ["police-car"], [Self.person("jo", .adult)], "road"), ("street", [], [Self.person("jo", .adult)], "pavement"),
        ]
        for (place, things, people, anchor) in cases {
            let scene = SceneContent(place: place, people: people, things: things)
            let setting = try #require(SettingChoice.setting(for: scene, in: Self.assets))
            #expect(setting.anchor(anchor) != nil, "\(place) \(things) chose \(setting.name), which has no \(anchor)")
            #expect(setting.anchor("floor") != nil)
        }
    }

    @Test func theSettingFillsThePictureAndPeopleStandOnItsFloor() throws {
        for setting in AssetAnchorNames.settings {
            let scene = SceneContent(place: setting, people: [Self.person("mum", .adult), Self.person("mia", .child)])
            let placed = try layout.place(scene, in: Self.slot, figureHeight: 214)
            #expect(placed.setting == setting)
            #expect(placed.backdrop == Self.slot)
            let floor = try #require(placed.anchors["floor"])
            #expect(abs(floor.minY - (Self.slot.minY + Self.slot.height * SceneScale.floorLine).rounded()) < 0.01)
            #expect(placed.figureHeight == 214, "\(setting): grown-ups drawn at \(placed.figureHeight)")
            for figure in placed.figures {
                #expect(abs(figure.maxY - floor.minY) < 214 * 0.03, "\(setting): someone is not standing on the floor")
            }
        }
    }

    /// Children are shorter than grown-ups, in the order of their ages, at one scale.
    @Test func childrenAreShorterThanGrownUpsInAgeOrder() throws {
        let ages: [AgeGroup] = [.baby, .toddler, .child, .teenager, .adult]
        let people = ages.map { Self.person("p-\($0.rawValue)", $0) }
        let placed = try layout.place(SceneContent(place: "park", people: people), in: Rect(x: 0, y: 0, width: 900, height: 500), figureHeight: 200)
        let heights = placed.figures.map(\.height)
        #expect(heights == heights.sorted(), "heights by age: \(heights)")
        #expect(Set(heights).count == heights.count)
    }

    /// Nobody's figure overlaps another's, except two people who hug or hold hands.
    @Test func noTwoPeopleOverlapUnlessTheyAreJoined() throws {
        var r = TestRandom(3)
        let actions: [Action] = [.standing, .talking, .hugging, .holdingHands, .crying, .lyingInBed]
        for _ in 0..<60 {
            let n = r.int(1...5)
            let people = (0..<n).map { i in
                Self.person("p\(i)", AgeGroup.allCases[r.int(0...5)], actions[r.int(0...(actions.count - 1))],
                            feeling: Feeling.allCases[r.int(0...(Feeling.allCases.count - 1))])
            }
            let place = ["home", "hospital", "office", "school", "park", "court", "clinic", "street"][r.int(0...7)]
            let things = [[], ["meal"], ["bed"], ["sofa"], ["phone"], ["medicine", "glass"]][r.int(0...5)]
            let scene = SceneContent(place: place, people: people, things: things)
            let placed = try layout.place(scene, in: Self.slot, figureHeight: 214)
            let joined: Set<Action> = [.hugging, .holdingHands]
            let partnered = SceneLayout.partnered(scene)
            for i in placed.figures.indices {
                for j in placed.figures.indices where j > i {
                    // A crowd's back row stands behind its front row: one in front of another is not an overlap.
                    let depth = placed.backRow.contains(i) != placed.backRow.contains(j)
                    let together = depth || j == i + 1 && joined.contains(partnered.people[i].action) && joined.contains(partnered.people[j].action)
                    if !together && placed.figures[i].inset(by: 1).intersects(placed.figures[j].inset(by: 1)) {
                        Issue.record("\(place) \(things): \(people.map(\.action.rawValue)) — \(i) and \(j) overlap")
                    }
                }
            }
            for (i, a) in placed.faces.enumerated() {
                for b in placed.faces[(i + 1)...] where a.inset(by: 0.5).intersects(b.inset(by: 0.5)) {
                    Issue.record("faces overlap in \(place)")
                }
                for label in placed.labels where label.intersects(a) { Issue.record("a name covers a face in \(place)") }
            }
        }
    }

    /// Someone lying down lies along the bed (or cot, or sofa): their body stays within the anchor's span.
    @Test func aLyingPersonLiesWithinTheBed() throws {
        for (place, things, anchor) in [("home", ["bed"], "bed"), ("hospital", [], "bed"), ("clinic", [], "bed"), ("home", ["sofa"], "sofa")] {
            for age in [AgeGroup.baby, .child, .adult] {
                let scene = SceneContent(place: place, people: [Self.person("p", age, .lyingInBed), Self.person("mum", .adult)], things: things)
                let placed = try layout.place(scene, in: Self.slot, figureHeight: 214)
                let bed = try #require(placed.anchors[anchor], "\(place) has no \(anchor)")
                let body = placed.figures[0]
                let slack = placed.figureHeight * 0.06
                #expect(body.minX >= bed.minX - slack && body.maxX <= bed.maxX + slack,
                        "\(age) in the \(place) \(anchor): body \(body.minX)…\(body.maxX), \(anchor) \(bed.minX)…\(bed.maxX)")
                #expect(abs(body.maxY - bed.minY) < placed.figureHeight * 0.12, "\(age) does not lie on the \(anchor)")
            }
        }
    }

    /// Things that belong on a table stand on its top, inside its span.
    @Test func aMealStandsOnTheTable() throws {
        let scene = SceneContent(place: "home", people: [Self.person("mia", .child)], things: ["meal", "bottle"])
        let placed = try layout.place(scene, in: Self.slot, figureHeight: 214)
        #expect(placed.setting == "kitchen")
        let table = try #require(placed.anchors["table"])
        #expect(placed.pictures.count == 2)
        for thing in placed.pictures {
            #expect(abs(thing.maxY - table.minY) < 214 * 0.03)
            #expect(thing.minX >= table.minX - 1 && thing.maxX <= table.maxX + 1)
        }
    }
}

/// The settings shipped in Assets/pictures: every file marked `data-kind="setting"`, so a place a trainer adds is
/// checked without a test to edit.
enum AssetAnchorNames {
    static let settings: [String] = SettingLayoutTests.assets.values.filter { $0.kind == .setting }.map(\.name).sorted()
}
