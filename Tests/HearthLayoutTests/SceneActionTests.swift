import Foundation
import HearthCompose
import HearthGeometry
import HearthLooks
import HearthModel
import HearthSketch
import HearthTestSupport
import Testing

@testable import HearthLayout

/// People acting together: bodies overlap only where an action joins them, held things are in the holder's hand,
/// the phone is at the ear, speakers and listeners face each other, and everyone sits, kneels or lies where the
/// words put them.
struct SceneActionTests {
    static let assets = SettingLayoutTests.assets
    static let slot = SettingLayoutTests.slot
    var layout: SceneLayout { SceneLayout(measurer: FixedAdvanceMeasurer(advance: 0.5), assets: Self.assets) }

    static func person(
        _ id: String, _ age: AgeGroup, _ action: Action = .standing, partner: String? = nil, posture: Posture? = nil,
        anchor: String? = nil, holding: String? = nil, feeling: Feeling = .calm
    ) -> ScenePerson {
        ScenePerson(
            id: id, label: id.capitalized, looks: PersonLooks.defaults(for: id, age: age), feeling: feeling,
            action: action, posture: posture, partner: partner, anchor: anchor, holding: holding)
    }

    /// One scene for each action between two people, in a setting and on white paper.
    static let actionScenes: [(name: String, scene: SceneContent)] = [
        ("hug", SceneContent(place: "home", people: [person("nanna", .older, .hugging, partner: "ruby"), person("ruby", .child)])),
        ("hold-hands", SceneContent(place: "street", people: [person("mum", .adult, .holdingHands, partner: "leo"), person("leo", .toddler)])),
        ("hand-on-shoulder", SceneContent(place: "home", people: [person("dad", .adult, .handOnShoulder, partner: "mia"), person("mia", .child)])),
        ("carry", SceneContent(place: "home", people: [person("mum", .adult, .carrying, partner: "kai"), person("kai", .baby), person("mei", .child)])),
        ("lap", SceneContent(place: "home", people: [person("ruby", .child, .onLap, partner: "mum"), person("mum", .adult, posture: .sitting, anchor: "sofa")])),
        ("give", SceneContent(place: "kitchen", people: [person("mum", .adult, .giving, partner: "leo", holding: "meal"), person("leo", .child)], things: ["meal"])),
        ("read-to", SceneContent(place: "home", people: [person("dad", .adult, .readingTo, partner: "ruby", posture: .sitting, anchor: "sofa"), person("ruby", .child, posture: .sitting, anchor: "floor")], things: ["book"])),
        ("comfort", SceneContent(place: "bedroom", people: [person("jen", .adult, .comforting, partner: "mei"), person("mei", .child, .crying, feeling: .sad)])),
        ("phone", SceneContent(place: "home", people: [person("oakley", .child, .phoning, partner: "nanna"), person("ruby", .child, feeling: .scared)], things: ["phone"], bubbles: [SceneBubble(speaker: 0, text: "Nanna, please come!")])),
        ("kneel", SceneContent(place: "school", people: [person("teacher", .adult, .kneeling, partner: "jayden"), person("jayden", .toddler)], bubbles: [SceneBubble(speaker: 0, text: "Good morning!")])),
        ("sit-walk", SceneContent(place: "street", people: [person("dad", .adult, .walking), person("mia", .child, posture: .sitting)])),
    ]

    func placed(_ scene: SceneContent, onWhite: Bool = false) throws -> PlacedScene {
        var scene = scene
        if onWhite { scene.place = nil }
        return try layout.place(scene, in: Self.slot, figureHeight: 190)
    }

    /// Whether people `i` and `j` of the scene (after the layout's own ordering) are joined by an action.
    func joined(_ a: ScenePerson, _ b: ScenePerson) -> Bool {
        a.partner == b.id || b.partner == a.id
    }

    @Test(arguments: actionScenes.map(\.name), [false, true])
    func nobodyOverlapsUnlessAnActionJoinsThem(name: String, onWhite: Bool) throws {
        let scene = try #require(Self.actionScenes.first { $0.name == name }).scene
        let placed = try placed(scene, onWhite: onWhite)
        let people = SceneLayout.acted(scene).people
        #expect(placed.figures.count == people.count)
        for i in people.indices {
            for j in people.indices where j > i && !joined(people[i], people[j]) {
                let a = placed.figures[i].inset(by: 2), b = placed.figures[j].inset(by: 2)
                #expect(!a.intersects(b), "\(name): \(people[i].id) and \(people[j].id) overlap")
            }
            // Faces never overlap, joined or not.
            for j in people.indices where j > i {
                #expect(!placed.faces[i].inset(by: 1).intersects(placed.faces[j].inset(by: 1)), "\(name): faces overlap")
            }
        }
    }

    @Test(arguments: ["hug", "hold-hands", "hand-on-shoulder", "carry", "lap", "comfort"])
    func anActionThatJoinsPeopleBringsThemTogether(name: String) throws {
        let scene = try #require(Self.actionScenes.first { $0.name == name }).scene
        let placed = try placed(scene)
        let people = SceneLayout.acted(scene).people
        let actor = try #require(people.firstIndex { $0.partner != nil })
        let partner = try #require(people.firstIndex { $0.id == people[actor].partner })
        #expect(placed.figures[actor].intersects(placed.figures[partner]), "\(name): the two do not touch")
    }

    @Test func aHeldThingIsInItsHoldersHand() throws {
        for (name, scene) in Self.actionScenes {
            let placed = try placed(scene)
            let people = SceneLayout.acted(scene).people
            for (thing, box) in placed.held {
                let holder = people.firstIndex { $0.holding == thing }
                    ?? people.firstIndex { ($0.action == .phoning && thing == "phone") || ($0.action == .readingTo && thing == "book") }
                let i = try #require(holder, "\(name): nobody holds the \(thing)")
                let hands = placed.hands[i]
                #expect(hands.contains { box.inset(by: -2).contains($0) }, "\(name): the \(thing) at \(box) is not in a hand \(hands)")
            }
        }
    }

    @Test func thePhoneIsAtTheEar() throws {
        let scene = try #require(Self.actionScenes.first { $0.name == "phone" }).scene
        for onWhite in [false, true] {
            let placed = try placed(scene, onWhite: onWhite)
            let phone = try #require(placed.held["phone"])
            let face = placed.faces[0]
            // Beside the head, at its height: touching the head's box, its middle between the eyes and the chin.
            #expect(phone.intersects(face.inset(by: -4)))
            #expect(phone.midY > face.minY && phone.midY < face.maxY)
            // Small enough to leave the face seen.
            #expect(phone.width * phone.height < face.width * face.height * 0.5)
        }
    }

    @Test func speakerAndListenerFaceEachOther() throws {
        let scene = SceneContent(
            place: "office",
            people: [Self.person("dad", .adult, .talking, partner: "nurse"), Self.person("jo", .adult), Self.person("nurse", .adult)],
            bubbles: [SceneBubble(speaker: 0, text: "I want to stay well.")])
        let placed = try placed(scene)
        let people = SceneLayout.acted(scene).people
        let dad = try #require(people.firstIndex { $0.id == "dad" })
        let nurse = try #require(people.firstIndex { $0.id == "nurse" })
        #expect(abs(dad - nurse) == 1, "the listener stands beside the speaker")
        #expect(placed.facings[dad] == (nurse > dad ? .right : .left))
        #expect(placed.facings[nurse] == (dad > nurse ? .right : .left))
        // The third person turns to the speaker too.
        let jo = try #require(people.firstIndex { $0.id == "jo" })
        #expect(placed.facings[jo] == (dad > jo ? .right : .left))
    }

    @Test func hugsAndHeldHandsGoBothWays() {
        let scene = SceneContent(people: [Self.person("nanna", .older, .hugging, partner: "ruby"), Self.person("ruby", .child)])
        let acted = SceneLayout.acted(scene)
        #expect(acted.people[1].action == .hugging && acted.people[1].partner == "nanna")
    }

    @Test func aPartnerMovesNextToWhoeverActs() {
        let scene = SceneContent(
            people: [Self.person("nanna", .older, .hugging, partner: "ruby"), Self.person("oakley", .child), Self.person("ruby", .child)],
            bubbles: [SceneBubble(speaker: 2, text: "Hello")])
        let acted = SceneLayout.acted(scene)
        #expect(acted.people.map(\.id) == ["nanna", "ruby", "oakley"])
        // The bubble follows its speaker.
        #expect(acted.bubbles.first?.speaker == 1)
    }

    @Test func aChildInArmsBetweenTwoPeopleLeavesThemBeside() throws {
        let scene = SceneContent(
            place: "hospital",
            people: [
                Self.person("jen", .adult, .carrying, partner: "kai"), Self.person("kai", .baby),
                Self.person("nurse", .adult, .talking, partner: "jen"),
            ])
        #expect(SceneLayout.acted(scene).people.map(\.id) == ["jen", "kai", "nurse"])
        let placed = try placed(scene)
        // Jen turns to the baby and the nurse alike; the nurse turns to her.
        #expect(placed.facings == [.right, .left, .left] || placed.facings[0] == .right && placed.facings[2] == .left)
    }

    @Test func sittingOnTheSofaPutsTheSofaUnderThem() throws {
        let scene = SceneContent(place: "home", people: [Self.person("mum", .adult, posture: .sitting, anchor: "sofa"), Self.person("leo", .child)])
        let sitting = try placed(scene)
        let sofa = try #require(sitting.anchors["sofa"])
        #expect(sofa.minX <= sitting.figures[0].midX && sitting.figures[0].midX <= sofa.maxX)
        // Sitting, she is shorter than standing.
        let standing = try placed(SceneContent(place: "home", people: [Self.person("mum", .adult), Self.person("leo", .child)]))
        #expect(sitting.figures[0].height < standing.figures[0].height * 0.85)
    }

    @Test func kneelingBringsAGrownUpDownTowardsAChild() throws {
        let kneel = try placed(try #require(Self.actionScenes.first { $0.name == "kneel" }).scene)
        let stand = try placed(SceneContent(place: "school", people: [Self.person("teacher", .adult), Self.person("jayden", .toddler)]))
        #expect(kneel.faces[0].midY - stand.faces[0].midY > 190 * 0.15)
    }

    @Test func aPlaceTheSettingLacksIsAnError() throws {
        let scene = SceneContent(place: "clinic", people: [Self.person("mum", .adult, posture: .sitting, anchor: "sofa")])
        let error = try #require(throws: LayoutError.self) { try placed(scene) }
        #expect(error.description.contains("Mum is put at 'sofa', but the doctor's room picture has no sofa"))
        #expect(error.description.contains("bed, table, window"))
        // Lying on a sofa in a room without one is refused too, not drawn on the bed instead.
        let lying = SceneContent(place: "bedroom", people: [Self.person("mum", .adult, .lyingInBed, posture: .lying, anchor: "sofa")])
        #expect(throws: LayoutError.self) { try placed(lying) }
        // Without a place, only the floor, a seat (a chair is drawn) or a thing in the picture can be used.
        let nowhere = SceneContent(people: [Self.person("mum", .adult, anchor: "door")])
        #expect(throws: LayoutError.self) { try placed(nowhere) }
        let byTheThing = SceneContent(people: [Self.person("leo", .child, anchor: "empty-cupboard")], things: ["empty-cupboard"])
        #expect(try placed(byTheThing).figures.count == 1)
    }

    @Test func aYoungBabyLiesDownUnlessHeld() throws {
        let text = """
        children:
          - id: kai
            name: Kai Example
            age_months: 3
          - id: mei
            name: Mei Example
            age: 5
        people:
          - id: mum
            name: Anna Example
        pictures:
          alone:
            where: home
            people: [kai: happy, mei]
          held:
            where: home
            people:
              mum: { carries: kai }
              kai: happy
        """
        let file = try CaseFileLoader.parse(text, file: "kai.yaml")
        let composer = SceneComposer(strings: try StringsCatalogue.load(language: "en-GB", from: SettingLayoutTests.folder.deletingLastPathComponent().appendingPathComponent("strings")))
        let alone = try composer.scene(try #require(file.pictures["alone"]), in: file)
        #expect(alone.people[0].posture == .lying && alone.people[0].action == .lyingInBed)
        let drawnAlone = try placed(alone)
        // Lying down: the figure is wider than it is tall.
        #expect(drawnAlone.figures[0].width > drawnAlone.figures[0].height)
        let held = try composer.scene(try #require(file.pictures["held"]), in: file)
        let kai = try #require(held.people.first { $0.id == "kai" })
        #expect(kai.action != .lyingInBed && kai.posture != .lying)
    }

    @Test func aPlaceTheSettingLacksNamesTheLineItIsWrittenOn() throws {
        let text = """
        children:
          - id: mia
            name: Mia Example
        pictures:
          p:
            where: clinic
            people:
              - mia: { sits: sofa }
        """
        let file = try CaseFileLoader.parse(text, file: "mia.yaml")
        let strings = try StringsCatalogue.load(
            language: "en-GB", from: SettingLayoutTests.folder.deletingLastPathComponent().appendingPathComponent("strings"))
        let scene = try SceneComposer(strings: strings).scene(try #require(file.pictures["p"]), in: file)
        let error = try #require(throws: LayoutError.self) { try placed(scene) }
        #expect(error.description.hasPrefix("mia.yaml:8:9: Mia is put at 'sofa', but the doctor's room picture has no sofa"))
    }

    @Test func whoeverReadsToSomeoneInBedTurnsToTheBed() throws {
        let scene = SceneContent(
            place: "bedroom",
            people: [
                Self.person("ruby", .child, .lyingInBed, posture: .lying, anchor: "bed"),
                Self.person("nanna", .older, .readingTo, partner: "ruby", posture: .kneeling), Self.person("oakley", .child),
            ],
            things: ["book"])
        let placed = try placed(scene)
        let bed = try #require(placed.anchors["bed"])
        let nanna = placed.figures[1]
        #expect(placed.facings[1] == (bed.midX < nanna.midX ? .left : .right))
    }

    /// Every picture of the example stories: nobody overlaps anyone they are not acting with, and no two faces
    /// overlap except a child's in the arms or on the lap of whoever holds them.
    @Test(arguments: ["oakley-drinking", "jayden-mums-low-days", "baby-kai-injury", "amira-domestic-abuse"])
    func theExamplesPicturesKeepPeopleApartUnlessTheyAct(example: String) throws {
        let root = SettingLayoutTests.folder.deletingLastPathComponent().deletingLastPathComponent()
        let file = try CaseFileLoader.load(contentsOf: root.appendingPathComponent("Examples/\(example).yaml"))
        let strings = try StringsCatalogue.load(language: "en-GB", from: root.appendingPathComponent("Assets/strings"))
        for name in file.pictureNames {
            let scene = try SceneComposer(strings: strings).scene(try #require(file.pictures[name]), in: file)
            let placed = try placed(scene)
            let people = SceneLayout.acted(scene).people
            for i in people.indices {
                for j in people.indices where j > i && !joined(people[i], people[j]) {
                    let a = placed.figures[i].inset(by: 2), b = placed.figures[j].inset(by: 2)
                    #expect(!a.intersects(b), "\(example) \(name): \(people[i].id) and \(people[j].id) overlap")
                }
            }
        }
    }

    @Test func whatCannotBeDrawnIsAnErrorNotSomethingElse() throws {
        let carried = SceneContent(place: "home", people: [Self.person("mum", .adult, .carrying, partner: "dad"), Self.person("dad", .adult)])
        let error = try #require(throws: LayoutError.self) { try placed(carried) }
        #expect(error.description.hasPrefix("Mum cannot be drawn holding Dad in their arms or on their lap"))
        let babyHolds = SceneContent(people: [Self.person("kai", .baby, .carrying, partner: "mia"), Self.person("mia", .child)])
        #expect(throws: LayoutError.self) { try placed(babyHolds) }
    }
}
